/// Parses a configuration file into statements.
///
/// The grammar:
///
/// ```text
/// file      := (statement | NEWLINE)*
/// statement := WORD ('=' | ':')? value* block? (NEWLINE | '}' | END)
/// block     := '{' (statement | NEWLINE)* '}'
/// value     := STRING | NUMBER | WORD | list            (true, false: booleans)
/// list      := '[' (value | ',' | NEWLINE)* ']'
/// ```
///
/// After an error the parser skips to the end of the statement and goes on, so one pass reports
/// every syntax error.
struct ConfigurationParser {
    private let tokens: [ConfigurationLexer.Token]
    private var position = 0
    private let diagnostics: DiagnosticCollector

    init(file: SourceFile, diagnostics: DiagnosticCollector) {
        var lexer = ConfigurationLexer(file: file, diagnostics: diagnostics)
        tokens = lexer.tokens()
        self.diagnostics = diagnostics
    }

    private var current: ConfigurationLexer.Token { tokens[position] }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    mutating func parseFile() -> [ConfigStatement] {
        let statements = parseStatements(insideBlock: false)
        return statements
    }

    private mutating func parseStatements(insideBlock: Bool) -> [ConfigStatement] {
        var statements: [ConfigStatement] = []
        while true {
            switch current.kind {
            case .newline, .comma:
                advance()
            case .end:
                return statements
            case .closeBrace:
                if insideBlock { return statements }
                diagnostics.error(.syntax, "unexpected '}'", at: current.range, note: "no block is open here")
                advance()
            case .word(let key):
                let keyRange = current.range
                advance()
                if let statement = parseStatementBody(key: key, keyRange: keyRange) { statements.append(statement) }
            default:
                diagnostics.error(.syntax, "expected a key, found \(describe(current.kind))", at: current.range)
                skipStatement()
            }
        }
    }

    private mutating func parseStatementBody(key: String, keyRange: SourceRange) -> ConfigStatement? {
        if case .equals = current.kind { advance() }
        var values: [ConfigNode] = []
        var block: ConfigNode?
        loop: while true {
            switch current.kind {
            case .newline, .end, .closeBrace:
                break loop
            case .openBrace:
                let start = current.range.start
                advance()
                let statements = parseStatements(insideBlock: true)
                if case .closeBrace = current.kind {
                    block = ConfigNode(value: .block(statements), range: SourceRange(start: start, end: current.range.end))
                    advance()
                } else {
                    diagnostics.error(
                        .syntax, "unterminated block for '\(key)'",
                        at: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1)),
                        note: "add a closing '}'")
                    block = ConfigNode(value: .block(statements), range: SourceRange(start: start, end: current.range.start))
                }
                break loop
            default:
                guard let value = parseValue() else {
                    skipStatement()
                    return nil
                }
                values.append(value)
            }
        }
        if values.isEmpty && block == nil {
            diagnostics.error(.missingValue, "expected a value after '\(key)'", at: keyRange)
            return nil
        }
        return ConfigStatement(key: key, keyRange: keyRange, values: values, block: block)
    }

    private mutating func parseValue() -> ConfigNode? {
        let token = current
        switch token.kind {
        case .string(let s):
            advance()
            return ConfigNode(value: .string(s), range: token.range)
        case .number(let n):
            advance()
            return ConfigNode(value: .number(n), range: token.range)
        case .word(let w):
            advance()
            if w == "true" { return ConfigNode(value: .bool(true), range: token.range) }
            if w == "false" { return ConfigNode(value: .bool(false), range: token.range) }
            return ConfigNode(value: .word(w), range: token.range)
        case .openBracket:
            advance()
            var elements: [ConfigNode] = []
            while true {
                switch current.kind {
                case .comma, .newline:
                    advance()
                case .closeBracket:
                    let end = current.range.end
                    advance()
                    return ConfigNode(value: .list(elements), range: SourceRange(start: token.range.start, end: end))
                case .end, .closeBrace:
                    diagnostics.error(
                        .syntax, "unterminated list", at: token.range, note: "add a closing ']'")
                    return ConfigNode(value: .list(elements), range: token.range)
                default:
                    guard let element = parseValue() else { return nil }
                    elements.append(element)
                }
            }
        default:
            diagnostics.error(.syntax, "expected a value, found \(describe(token.kind))", at: token.range)
            return nil
        }
    }

    private mutating func skipStatement() {
        var depth = 0
        while true {
            switch current.kind {
            case .end: return
            case .newline where depth == 0: return
            case .openBrace: depth += 1
            case .closeBrace:
                if depth == 0 { return }
                depth -= 1
            default: break
            }
            advance()
        }
    }

    private func describe(_ kind: ConfigurationLexer.Kind) -> String {
        switch kind {
        case .word(let w): return "'\(w)'"
        case .string: return "a string"
        case .number(let n): return "the number \(n)"
        case .openBrace: return "'{'"
        case .closeBrace: return "'}'"
        case .openBracket: return "'['"
        case .closeBracket: return "']'"
        case .comma: return "','"
        case .equals: return "'='"
        case .newline: return "the end of the line"
        case .end: return "the end of the file"
        }
    }
}
