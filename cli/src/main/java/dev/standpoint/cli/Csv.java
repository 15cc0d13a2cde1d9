package dev.standpoint.cli;

import java.util.List;

/** A CSV table (RFC 4180: fields quoted when they hold a comma, quote or line break; CRLF line ends). */
final class Csv {

    private final StringBuilder b = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields[i]));
        }
        b.append("\r\n");
        return this;
    }

    Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    static String field(Object o) {
        String s = o == null ? "" : o.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
