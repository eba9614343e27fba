package press.reader.cite;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) reader that remembers the line on which every object and array starts.
 * citeproc-java's own JSON parser keeps no positions, and the editor must be told {@code file:line} for a
 * malformed bibliography, so we read the text ourselves and hand citeproc-java plain maps.
 *
 * <p>Values come back as {@link LinkedHashMap}, {@link ArrayList}, {@link String}, {@link Long} or
 * {@link Double}, {@link Boolean} and {@code null}.</p>
 */
final class JsonReader {

    /** A syntax error at a 1-based line and column. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /** The parsed value and, for every map and list in it (by identity), the line where it starts. */
    record Result(Object value, Map<Object, Integer> lines) {
        int lineOf(Object container) {
            Integer line = lines.get(container);
            return line == null ? 0 : line;
        }
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final Map<Object, Integer> lines = new IdentityHashMap<>();

    private JsonReader(String text) {
        this.text = text;
    }

    static Result parse(String text) throws SyntaxError {
        JsonReader r = new JsonReader(text);
        if (text.startsWith("\uFEFF")) r.pos = 1; // a byte-order mark is tolerated, as most JSON tools do
        r.skipWhitespace();
        if (r.pos >= text.length()) throw r.error("the file is empty; expected a JSON array of entries");
        Object value = r.readValue();
        r.skipWhitespace();
        if (r.pos < text.length()) throw r.error("unexpected text after the end of the JSON value");
        return new Result(value, r.lines);
    }

    private Object readValue() throws SyntaxError {
        skipWhitespace();
        if (pos >= text.length()) throw error("unexpected end of file; a value is missing");
        char c = text.charAt(pos);
        switch (c) {
            case '{': return readObject();
            case '[': return readArray();
            case '"': return readString();
            case 't': return readWord("true", Boolean.TRUE);
            case 'f': return readWord("false", Boolean.FALSE);
            case 'n': return readWord("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return readNumber();
                throw error("unexpected character '" + c + "'; expected a value");
        }
    }

    private Map<String, Object> readObject() throws SyntaxError {
        Map<String, Object> map = new LinkedHashMap<>();
        lines.put(map, line);
        pos++; // {
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') throw error("expected a quoted field name");
            int keyLine = line;
            String key = readString();
            if (map.containsKey(key)) {
                throw new SyntaxError(keyLine, 0, "duplicate field \"" + key + "\" in one object");
            }
            skipWhitespace();
            expect(':', "expected ':' after the field name \"" + key + "\"");
            map.put(key, readValue());
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipWhitespace();
                if (peek() == '}') throw error("trailing comma before '}'");
            } else if (c == '}') {
                pos++;
                return map;
            } else {
                throw error("expected ',' or '}' after the value of \"" + key + "\"");
            }
        }
    }

    private List<Object> readArray() throws SyntaxError {
        List<Object> list = new ArrayList<>();
        lines.put(list, line);
        pos++; // [
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(readValue());
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipWhitespace();
                if (peek() == ']') throw error("trailing comma before ']'");
            } else if (c == ']') {
                pos++;
                return list;
            } else {
                throw error("expected ',' or ']' in the array");
            }
        }
    }

    private String readString() throws SyntaxError {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw error("unterminated string");
            char c = text.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c == '\n' || c < 0x20) throw error("control character or line break inside a string");
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) throw error("unterminated string");
            char e = text.charAt(pos++);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    if (pos + 4 > text.length()) throw error("incomplete \\u escape");
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                    break;
                default:
                    throw error("unknown escape \\" + e);
            }
        }
    }

    private Object readNumber() throws SyntaxError {
        int start = pos;
        if (peek() == '-') pos++;
        if (!isDigit(peek())) throw error("malformed number");
        if (peek() == '0') {
            pos++;
        } else {
            while (isDigit(peek())) pos++;
        }
        boolean fraction = false;
        if (peek() == '.') {
            fraction = true;
            pos++;
            if (!isDigit(peek())) throw error("malformed number");
            while (isDigit(peek())) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            fraction = true;
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!isDigit(peek())) throw error("malformed number");
            while (isDigit(peek())) pos++;
        }
        String s = text.substring(start, pos);
        if (!fraction) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException tooLong) {
                // falls through to a double
            }
        }
        return Double.parseDouble(s);
    }

    private Object readWord(String word, Object value) throws SyntaxError {
        if (!text.startsWith(word, pos)) throw error("unexpected word; expected a value (strings need double quotes)");
        pos += word.length();
        return value;
    }

    private void expect(char c, String message) throws SyntaxError {
        if (peek() != c) throw error(message);
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private SyntaxError error(String message) {
        return new SyntaxError(line, pos - lineStart + 1, message);
    }
}
