package org.servicecentre.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The raw cost the outbox adds to: the same rendered messages (read from the outbox table up front, in one query) sent
 * by a plain loop through the same {@link JavaMailSender} bean, built exactly as the e-mail channel builds them
 * (multipart text + HTML, UTF-8, the key header), one thread like the dispatcher, no database in the loop. Also, for
 * diagnosis, the same messages handed to JavaMail in groups over one SMTP connection each.
 */
final class NotificationBenchBaseline {

    record Mail(String key, String address, String subject, String text, String html) {
    }

    record Result(int messages, double seconds) {

        double rate() {
            return messages / seconds;
        }
    }

    private final JavaMailSender mail;
    private final String from;

    NotificationBenchBaseline(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    static List<Mail> read(JdbcTemplate jdbc, int count) {
        return jdbc.query("select dedupe_key, address, subject, body_text, body_html from notification "
                        + "where dedupe_key like 'bench:%' order by id fetch first " + count + " rows only",
                (rs, n) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
    }

    /** One message, one send: what the e-mail channel does (JavaMailSenderImpl connects and quits per send). */
    Result oneByOne(List<Mail> mails) throws Exception {
        long start = System.nanoTime();
        for (Mail m : mails) {
            mail.send(mime(m));
        }
        return new Result(mails.size(), (System.nanoTime() - start) / 1e9);
    }

    /** The same messages in groups of {@code group}, each group over one SMTP connection. */
    Result grouped(List<Mail> mails, int group) throws Exception {
        long start = System.nanoTime();
        for (int from = 0; from < mails.size(); from += group) {
            var batch = new ArrayList<MimeMessage>(group);
            for (Mail m : mails.subList(from, Math.min(mails.size(), from + group))) {
                batch.add(mime(m));
            }
            mail.send(batch.toArray(MimeMessage[]::new));
        }
        return new Result(mails.size(), (System.nanoTime() - start) / 1e9);
    }

    private MimeMessage mime(Mail m) throws Exception {
        MimeMessage mime = mail.createMimeMessage();
        var helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(m.address());
        helper.setSubject(m.subject());
        helper.setText(m.text(), m.html());
        mime.setHeader("X-Service-Centre-Key", m.key());
        return mime;
    }
}
