//! A small SMTP server of the tests' own, on a free port: it keeps what it receives, so
//! tests read the e-mail Värn sends (plan reminders, survey links).

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// One message the SMTP server took: its recipients and its text.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

/// The message's text with quoted-printable undone (soft breaks joined, =XX decoded).
pub fn decoded(data: &str) -> String {
    let joined = data.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A gate in front of what an SMTP server accepts: each message waits, its last line read
/// but not yet answered, until the gate opens. It opens when two messages wait at once
/// (two senders are inside their sending at the same moment) or when the test opens it.
#[derive(Debug)]
pub struct Gate {
    waiting: std::sync::atomic::AtomicUsize,
    open: tokio::sync::watch::Sender<bool>,
}

impl Gate {
    fn new() -> Gate {
        Gate {
            waiting: std::sync::atomic::AtomicUsize::new(0),
            open: tokio::sync::watch::channel(false).0,
        }
    }

    pub fn open(&self) {
        self.open.send_replace(true);
    }

    /// How many messages have waited at the gate.
    pub fn waited(&self) -> usize {
        self.waiting.load(std::sync::atomic::Ordering::SeqCst)
    }

    async fn pass(&self) {
        let mut open = self.open.subscribe();
        if *open.borrow() {
            return;
        }
        if self
            .waiting
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
            + 1
            >= 2
        {
            self.open();
        }
        let _ = open.wait_for(|o| *o).await;
    }
}

/// A minimal SMTP server on a free port, keeping what it receives.
pub async fn smtp_server() -> (u16, Arc<Mutex<Vec<Received>>>) {
    serve(None).await
}

/// An SMTP server as [`smtp_server`], whose messages wait at a [`Gate`].
pub async fn gated_smtp_server() -> (u16, Arc<Mutex<Vec<Received>>>, Arc<Gate>) {
    let gate = Arc::new(Gate::new());
    let (port, inbox) = serve(Some(gate.clone())).await;
    (port, inbox, gate)
}

async fn serve(gate: Option<Arc<Gate>>) -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let inbox = Arc::new(Mutex::new(Vec::new()));
    let kept = inbox.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let inbox = kept.clone();
            let gate = gate.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let (mut to, mut data, mut in_data) = (Vec::new(), String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            if let Some(gate) = &gate {
                                gate.pass().await;
                            }
                            inbox.lock().expect("inbox").push(Received {
                                to: std::mem::take(&mut to),
                                data: decoded(&std::mem::take(&mut data)),
                            });
                            let _ = write.write_all(b"250 OK\r\n").await;
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250 test\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        to.push(line[8..].trim().trim_matches(['<', '>']).to_string());
                        b"250 OK\r\n"
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go on\r\n"
                    } else if upper.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, inbox)
}
