package org.ipcollab.cases.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipcollab.cases.statistics.domain.CaseMetric;
import org.ipcollab.cases.statistics.domain.PeriodFigures;
import org.ipcollab.cases.statistics.domain.StatisticsPeriod;

/**
 * The statistics as CSV (RFC 4180: comma, CRLF, fields quoted when needed) in UTF-8 with a byte-order mark: Excel on a
 * zh-CN Windows reads a BOM-less CSV as GBK and garbles Chinese, while a BOM makes it read UTF-8 and other tools skip
 * it. One header row of the English codes (the JSON field names), so a script can read it; the labels and definitions
 * are in the JSON {@code definitions} block and in docs/architecture.md. A null figure is an empty field.
 */
final class CaseStatisticsCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CaseStatisticsCsv() {
    }

    static byte[] write(String district, Map<StatisticsPeriod.Bucket, PeriodFigures> figures) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("district", "period", "periodStart", "periodEnd"));
        for (CaseMetric m : CaseMetric.values()) {
            header.add(m.code());
        }
        line(out, header);
        figures.forEach((bucket, f) -> {
            List<String> fields = new ArrayList<>(List.of(district, bucket.label(), bucket.from().toString(),
                    bucket.to().toString()));
            for (CaseMetric m : CaseMetric.values()) {
                Object v = m.valueOf(f);
                fields.add(v == null ? "" : v.toString());
            }
            line(out, fields);
        });
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
