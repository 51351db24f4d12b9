package org.servicecentre.centre;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** CSV files for import tests, written as Excel would (or as a careless user would). */
final class ImportFiles {

    static final Charset GBK = Charset.forName("GB18030");
    static final String REGIONS = "code,name,level,parent_code";
    static final String CENTRES = "code,name,level,region_code,address,phone,time_zone,active";
    static final String ROOMS = "centre_code,code,name,capacity,area_m2,floor,needs_approval,setup_minutes,"
            + "cleanup_minutes,bookable,active,amenities,description";

    private ImportFiles() {
    }

    /** A short upper-case suffix that keeps codes apart between tests sharing a database. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Lines joined by CRLF, in UTF-8 with a byte order mark, as Excel's "CSV UTF-8" saves them. */
    static byte[] excel(String... lines) {
        return withBom(String.join("\r\n", lines) + "\r\n");
    }

    /** Lines joined by LF, UTF-8 without a byte order mark, as most scripts write them. */
    static byte[] plain(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(String text) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** Lines in the given encodings, one encoding per line, joined by CRLF. */
    static byte[] mixed(Object... textThenCharset) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < textThenCharset.length; i += 2) {
            bytes.writeBytes((textThenCharset[i] + "\r\n").getBytes((Charset) textThenCharset[i + 1]));
        }
        return bytes.toByteArray();
    }
}
