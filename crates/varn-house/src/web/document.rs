//! What every capability's Word and PDF documents share: the words the document writers
//! add themselves (page numbers, the contents, figure captions) and the files' media types.

/// The media type of a Word file.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/// The media type of a PDF file.
pub const PDF: &str = "application/pdf";

/// The words the writers add themselves, from the catalogue.
pub fn labels() -> varn_docs::Labels {
    let cat = crate::i18n::sv();
    varn_docs::Labels {
        page: cat.t("document.page").to_string(),
        contents: cat.t("document.contents").to_string(),
        figure: cat.t("document.figure").to_string(),
    }
}
