//! The e-mail to the company, as an RFC 5322 message with MIME parts (the `mail-builder`
//! crate writes it): the company's address, a subject with the references, the message as
//! the body, the letter PDF and the evidence attached. Marked `X-Unsent: 1`, so mail clients
//! that know the header open it as a draft to send. Pure: the parts in, the bytes out.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;

/// A file to attach.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// What the e-mail says and carries.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: Option<(String, String)>,
    pub to: (String, String),
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Part>,
}

/// The message as bytes.
pub fn build(mail: &Mail) -> std::io::Result<Vec<u8>> {
    let mut message = MessageBuilder::new()
        .to((mail.to.0.as_str(), mail.to.1.as_str()))
        .subject(mail.subject.as_str())
        .header("X-Unsent", Raw::new("1"))
        .text_body(mail.body.as_str());
    if let Some((name, address)) = &mail.from {
        message = message.from((name.as_str(), address.as_str()));
    }
    for part in &mail.attachments {
        message = message.attachment(part.mime, part.name.as_str(), part.bytes.as_slice());
    }
    message.write_to_vec()
}

/// The MIME type of an attachment, by its extension.
pub fn mime_type(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "txt" => "text/plain",
        _ => "application/octet-stream",
    }
}
