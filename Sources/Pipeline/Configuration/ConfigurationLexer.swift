/// Splits a configuration file into tokens, reporting malformed ones and carrying on.
struct ConfigurationLexer {
    enum Kind: Equatable {
        case word(String)
        case string(String)
        case number(String)
        case openBrace, closeBrace, openBracket, closeBracket, comma, equals
        case newline
        case end
    }

    struct Token {
        var kind: Kind
        var range: SourceRange
    }

    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private let diagnostics: DiagnosticCollector

    init(file: SourceFile, diagnostics: DiagnosticCollector) {
        characters = Array(file.text)
        self.diagnostics = diagnostics
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column) }

    private mutating func advance() -> Character {
        let c = characters[index]
        index += 1
        if c == "\n" || c == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return c
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    mutating func tokens() -> [Token] {
        var result: [Token] = []
        while true {
            let token = next()
            result.append(token)
            if token.kind == .end { return result }
        }
    }

    private mutating func next() -> Token {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\u{FEFF}" || c == "\r" {
                _ = advance()
            } else if c == "#" {
                while let c = peek(), c != "\n", c != "\r\n" { _ = advance() }
            } else {
                break
            }
        }
        let start = location
        guard let c = peek() else { return Token(kind: .end, range: SourceRange(start: start, end: start)) }
        func single(_ kind: Kind) -> Token {
            _ = advance()
            return Token(kind: kind, range: SourceRange(start: start, end: location))
        }
        switch c {
        case "\n", "\r\n":
            _ = advance()
            return Token(kind: .newline, range: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1)))
        case "{": return single(.openBrace)
        case "}": return single(.closeBrace)
        case "[": return single(.openBracket)
        case "]": return single(.closeBracket)
        case ",": return single(.comma)
        case "=", ":": return single(.equals)
        case "\"": return string(start: start)
        default:
            if c.isNumber || ((c == "-" || c == "+") && (peek(1)?.isNumber ?? false)) { return number(start: start) }
            if c.isLetter || c == "_" { return word(start: start) }
            _ = advance()
            diagnostics.error(
                .syntax, "unexpected character '\(c)'", at: SourceRange(start: start, end: location),
                note: "expected a key, a value, '{', '}', '[' or ']'")
            return next()
        }
    }

    private mutating func word(start: SourceLocation) -> Token {
        var text = ""
        while let c = peek(), c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." || c == "/" {
            text.append(advance())
        }
        return Token(kind: .word(text), range: SourceRange(start: start, end: location))
    }

    private mutating func number(start: SourceLocation) -> Token {
        var text = String(advance())
        while let c = peek(), c.isNumber || c == "." || c == "e" || c == "E" || c == "_"
            || ((c == "-" || c == "+") && (text.last == "e" || text.last == "E"))
        {
            text.append(advance())
        }
        let range = SourceRange(start: start, end: location)
        let cleaned = String(text.filter { $0 != "_" })
        if Double(cleaned) == nil {
            diagnostics.error(.syntax, "malformed number '\(text)'", at: range, note: "expected digits such as 42, -1 or 0.5")
            return Token(kind: .number("0"), range: range)
        }
        return Token(kind: .number(cleaned), range: range)
    }

    private mutating func string(start: SourceLocation) -> Token {
        _ = advance()  // opening quote
        var text = ""
        while let c = peek() {
            if c == "\n" || c == "\r\n" { break }
            _ = advance()
            if c == "\"" { return Token(kind: .string(text), range: SourceRange(start: start, end: location)) }
            if c == "\\" {
                let escapeStart = SourceLocation(line: line, column: column - 1)
                guard let e = peek(), e != "\n", e != "\r\n" else { break }
                _ = advance()
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "u":
                    var hex = ""
                    if peek() == "{" {
                        _ = advance()
                        while let h = peek(), h.isHexDigit { hex.append(advance()) }
                        if peek() == "}" { _ = advance() }
                    }
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text.unicodeScalars.append(scalar)
                    } else {
                        diagnostics.error(
                            .syntax, "malformed unicode escape", at: SourceRange(start: escapeStart, end: location),
                            note: "write \\u{XXXX} with hex digits")
                    }
                default:
                    diagnostics.error(
                        .syntax, "unknown escape '\\\(e)' in string", at: SourceRange(start: escapeStart, end: location),
                        note: "use \\n, \\t, \\\", \\\\ or \\u{XXXX}")
                }
                continue
            }
            text.append(c)
        }
        let range = SourceRange(start: start, end: location)
        diagnostics.error(.syntax, "unterminated string", at: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1)), note: "add a closing '\"' before the end of the line")
        return Token(kind: .string(text), range: range)
    }
}
