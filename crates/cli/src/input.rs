//! Finding and reading inputs: files, directories walked for `*.txt`,
//! standard input, and JSON Lines corpora. Every problem names the input
//! it is about; one bad input never stops the others.

use std::{
    fmt,
    fs::File,
    io::{self, BufRead, BufReader, Read},
    path::{Path, PathBuf},
};

/// Where an article's text comes from.
#[derive(Clone, Debug)]
pub(crate) enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input, read whole.
    Stdin,
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Input::File(path) => write!(f, "{}", path.display()),
            Input::Stdin => f.write_str("-"),
        }
    }
}

/// A problem with one input, reported on stderr; the run goes on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// The input it is about, as the user named it.
    pub(crate) source: String,
    /// What is wrong, in lower case.
    pub(crate) message: String,
    /// Whether the input was still processed (a warning) or skipped.
    pub(crate) skipped: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.skipped { "error" } else { "warning" };
        write!(f, "{what}: {}: {}", self.source, self.message)
    }
}

/// One article's text, ready to parse.
#[derive(Clone, Debug)]
pub(crate) struct Doc {
    pub(crate) source: String,
    pub(crate) text: String,
    /// The file it was read from, so that it can be read again.
    pub(crate) file: Option<std::path::PathBuf>,
}

/// Largest input whose byte offsets fit the model's 32-bit spans.
const MAX_LEN: u64 = u32::MAX as u64;

/// Expand the command-line paths into inputs, in order: directories are
/// walked for `*.txt` files, sorted by name, following symbolic links
/// (loops are reported, not followed).
pub(crate) fn collect(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut inputs, problems),
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(err) => problems.push(Problem {
                source: path.display().to_string(),
                message: describe_io(&err),
                skipped: true,
            }),
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<Problem>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_txt = entry
                    .path()
                    .extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"));
                if entry.file_type().is_file() && is_txt {
                    inputs.push(Input::File(entry.into_path()));
                }
            }
            Err(err) => {
                let source = err
                    .path()
                    .map_or_else(|| dir.display().to_string(), |p| p.display().to_string());
                let message = if err.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_owned()
                } else if let Some(io_err) = err.io_error() {
                    describe_io(io_err)
                } else {
                    err.to_string()
                };
                problems.push(Problem {
                    source,
                    message,
                    skipped: true,
                });
            }
        }
    }
}

/// Read one input whole and decode it.
pub(crate) fn read(input: &Input) -> Result<(Doc, Option<Problem>), Problem> {
    let source = input.to_string();
    let fail = |message: String| Problem {
        source: source.clone(),
        message,
        skipped: true,
    };
    let bytes = match input {
        Input::File(path) => {
            let file = File::open(path).map_err(|err| fail(describe_io(&err)))?;
            let mut bytes = Vec::new();
            file.take(MAX_LEN + 1)
                .read_to_end(&mut bytes)
                .map_err(|err| fail(describe_io(&err)))?;
            bytes
        }
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .take(MAX_LEN + 1)
                .read_to_end(&mut bytes)
                .map_err(|err| fail(describe_io(&err)))?;
            bytes
        }
    };
    let (mut doc, warning) = decode(&source, bytes)?;
    if let Input::File(path) = input {
        doc.file = Some(path.clone());
    }
    Ok((doc, warning))
}

/// Bytes to text: NUL bytes mean a binary file (skipped), empty or blank
/// text is skipped, invalid UTF-8 is replaced and warned about.
pub(crate) fn decode(source: &str, bytes: Vec<u8>) -> Result<(Doc, Option<Problem>), Problem> {
    let fail = |message: String| Problem {
        source: source.to_owned(),
        message,
        skipped: true,
    };
    if bytes.len() as u64 > MAX_LEN {
        return Err(fail("file too large: the limit is 4 GiB".to_owned()));
    }
    if let Some(pos) = memchr_nul(&bytes) {
        return Err(fail(format!(
            "binary file (NUL byte at offset {pos}); skipped"
        )));
    }
    let (text, warning) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let line = err
                .as_bytes()
                .iter()
                .take(offset)
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
            let warning = Problem {
                source: source.to_owned(),
                message: format!(
                    "invalid UTF-8 at byte {offset} (line {line}); decoded with replacement characters"
                ),
                skipped: false,
            };
            (text, Some(warning))
        }
    };
    if text.trim().is_empty() {
        let what = if text.is_empty() {
            "empty file"
        } else {
            "file holds only whitespace"
        };
        return Err(fail(format!("{what}; skipped")));
    }
    Ok((
        Doc {
            source: source.to_owned(),
            text,
            file: None,
        },
        warning,
    ))
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

/// An I/O error in lower case, without Rust's "(os error N)" noise.
pub(crate) fn describe_io(err: &io::Error) -> String {
    let text = match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a directory".to_owned(),
        _ => err.to_string(),
    };
    format!("cannot read: {text}")
}

/// A JSON Lines corpus: one `{"id": ..., "text": ...}` object per line.
pub(crate) struct JsonlReader<R> {
    reader: R,
    name: String,
    line_no: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonlReader<R> {
    pub(crate) fn new(reader: R, name: String) -> Self {
        JsonlReader {
            reader,
            name,
            line_no: 0,
            buf: Vec::new(),
        }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Doc, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            self.line_no += 1;
            let at = format!("{}:{}", self.name, self.line_no);
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(err) => {
                    return Some(Err(Problem {
                        source: at,
                        message: describe_io(&err),
                        skipped: true,
                    }));
                }
            }
            let line = match std::str::from_utf8(&self.buf) {
                Ok(line) => line,
                Err(err) => {
                    return Some(Err(Problem {
                        source: at,
                        message: format!(
                            "invalid UTF-8 at byte {} of the line; record skipped",
                            err.valid_up_to()
                        ),
                        skipped: true,
                    }));
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(parse_record(line).map_err(|message| Problem {
                source: at,
                message,
                skipped: true,
            }));
        }
    }
}

fn parse_record(line: &str) -> Result<Doc, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|err| format!("not a JSON object: {err}"))?;
    let serde_json::Value::Object(mut object) = value else {
        return Err("not a JSON object".to_owned());
    };
    let id = match object.get("id") {
        Some(serde_json::Value::String(id)) => id.clone(),
        Some(serde_json::Value::Number(id)) => id.to_string(),
        Some(_) => return Err("\"id\" is neither a string nor a number".to_owned()),
        None => return Err("missing \"id\"".to_owned()),
    };
    // The text is moved out of the record, not copied.
    let text = match object.remove("text") {
        Some(serde_json::Value::String(text)) => text,
        Some(_) => return Err(format!("{id}: \"text\" is not a string")),
        None => return Err(format!("{id}: missing \"text\"")),
    };
    Ok(Doc {
        source: id,
        text,
        file: None,
    })
}

/// Open a JSONL corpus: a file, or `-` for standard input.
pub(crate) fn open_jsonl(path: &Path) -> Result<JsonlReader<Box<dyn BufRead>>, Problem> {
    let name = path.display().to_string();
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        let file = File::open(path).map_err(|err| Problem {
            source: name.clone(),
            message: describe_io(&err),
            skipped: true,
        })?;
        Box::new(BufReader::new(file))
    };
    Ok(JsonlReader::new(reader, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_skipped_with_offset() {
        let err = decode("a.txt", b"ab\0cd".to_vec()).unwrap_err();
        assert_eq!(err.message, "binary file (NUL byte at offset 2); skipped");
        assert!(err.skipped);
    }

    #[test]
    fn invalid_utf8_is_replaced_and_warned() {
        let (doc, warning) = decode("a.txt", b"ok\nbad \xff here".to_vec()).unwrap();
        assert_eq!(doc.text, "ok\nbad \u{FFFD} here");
        let warning = warning.unwrap();
        assert_eq!(
            warning.message,
            "invalid UTF-8 at byte 7 (line 2); decoded with replacement characters"
        );
        assert!(!warning.skipped);
    }

    #[test]
    fn empty_and_blank_are_skipped() {
        assert_eq!(
            decode("e.txt", Vec::new()).unwrap_err().message,
            "empty file; skipped"
        );
        assert_eq!(
            decode("w.txt", b" \n\t\n".to_vec()).unwrap_err().message,
            "file holds only whitespace; skipped"
        );
    }

    #[test]
    fn jsonl_records_and_errors() {
        let data = "{\"id\": \"a\", \"text\": \"Hello.\"}\n\nnot json\n{\"id\": 7, \"text\": \"x\"}\n{\"text\": \"y\"}\n";
        let reader = JsonlReader::new(data.as_bytes(), "c.jsonl".to_owned());
        let got: Vec<Result<String, String>> = reader
            .map(|r| r.map(|d| d.source).map_err(|p| p.to_string()))
            .collect();
        assert_eq!(got[0], Ok("a".to_owned()));
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .starts_with("error: c.jsonl:3: not a JSON object")
        );
        assert_eq!(got[2], Ok("7".to_owned()));
        assert_eq!(got[3], Err("error: c.jsonl:5: missing \"id\"".to_owned()));
        assert_eq!(got.len(), 4);
    }
}
