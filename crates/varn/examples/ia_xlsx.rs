//! Writes a synthetic IA export as XLSX for the import benchmark (bench/situation/run.sh):
//! `cargo run --release --example ia_xlsx -- ROWS OUT.xlsx`. The headers are the ones the
//! column mapping expects by default.

use rust_xlsxwriter::Workbook;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rows: u32 = args.next().as_deref().unwrap_or("100000").parse()?;
    let out = args.next().unwrap_or_else(|| "ia.xlsx".into());
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let headers = [
        "Ärendenummer",
        "Händelsedatum",
        "Händelsetyp",
        "Platstyp",
        "Område",
        "VBE",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h)?;
    }
    let events = ["Klotter", "Hot", "Propaganda", "Skadegörelse"];
    let places = ["Skola", "Fritidsgård", "Allmän plats", "Bibliotek"];
    for n in 0..rows {
        let r = n + 1;
        ws.write_string(r, 0, format!("X-{n}"))?;
        ws.write_string(
            r,
            1,
            format!("{}-{:02}-{:02}", 2016 + n % 10, 1 + n % 12, 1 + n % 28),
        )?;
        ws.write_string(r, 2, events[(n % 4) as usize])?;
        ws.write_string(r, 3, places[(n / 4 % 4) as usize])?;
        ws.write_string(r, 4, format!("Område {}", n % 12))?;
        ws.write_string(r, 5, if n % 3 == 0 { "Ja" } else { "Nej" })?;
    }
    wb.save(&out)?;
    println!("{rows} rader skrivna till {out}");
    Ok(())
}
