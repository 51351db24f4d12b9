package org.servicecentre.notification;

import java.util.Locale;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML around a message: the centre's name as a header, the paragraphs of the text, a button to the page in the
 * app, and why the recipient gets it. Inline styles only (mail clients drop style sheets). Public for messages that
 * render their own HTML (digests: absolute links, the same look) and for showing such a message in the app.
 */
@Component
public class MailLayout {

    private final TranslationProvider translations;
    private final String baseUrl;

    MailLayout(TranslationProvider translations, @Value("${servicecentre.base-url:http://localhost:8080}") String baseUrl) {
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a path in the app, or null. */
    public String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        return link.startsWith("http") ? link : baseUrl + (link.startsWith("/") ? link : "/" + link);
    }

    /** The text with the link appended (for mail and SMS without HTML). */
    String text(NotificationContent content, String link, Locale locale) {
        String url = absolute(link);
        return url == null ? content.text()
                : content.text() + "\n\n" + translations.translate(locale, "notify.layout.open") + ": " + url;
    }

    /** The whole e-mail: header bar, white card with the subject and the body (the message's own HTML or its text), button. */
    public String html(NotificationContent content, String link, Locale locale) {
        String body = content.html() != null ? content.html() : paragraphs(content.text());
        String url = absolute(link);
        var html = new StringBuilder(body.length() + 1200);
        html.append("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(HtmlUtils.htmlEscape(content.subject())).append("</title></head>")
                .append("<body style=\"margin:0;background:#f3f5f7;font-family:'PingFang SC','Microsoft YaHei',")
                .append("'Noto Sans SC',Arial,sans-serif;color:#1f2a37\">")
                .append("<div style=\"max-width:640px;margin:0 auto;padding:24px\">")
                .append("<div style=\"background:#c8102e;color:#fff;padding:14px 20px;border-radius:8px 8px 0 0;")
                .append("font-size:16px;font-weight:600\">").append(esc(locale, "notify.layout.brand")).append("</div>")
                .append("<div style=\"background:#fff;padding:20px 24px;border-radius:0 0 8px 8px;line-height:1.6;")
                .append("font-size:15px\"><h1 style=\"font-size:20px;margin:0 0 12px\">")
                .append(HtmlUtils.htmlEscape(content.subject())).append("</h1>").append(body);
        if (url != null) {
            html.append("<p style=\"margin:24px 0 8px\"><a href=\"").append(HtmlUtils.htmlEscape(url))
                    .append("\" style=\"background:#1565c0;color:#fff;text-decoration:none;padding:10px 18px;")
                    .append("border-radius:6px;display:inline-block\">").append(esc(locale, "notify.layout.open"))
                    .append("</a></p>");
        }
        html.append("</div><p style=\"font-size:12px;color:#6b7785;margin:12px 4px\">")
                .append(esc(locale, "notify.layout.footer")).append("</p></div></body></html>");
        return html.toString();
    }

    static String paragraphs(String text) {
        var html = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p style=\"margin:0 0 12px\">")
                    .append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private String esc(Locale locale, String key) {
        return HtmlUtils.htmlEscape(translations.translate(locale, key));
    }
}
