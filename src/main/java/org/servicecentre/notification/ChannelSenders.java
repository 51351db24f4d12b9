package org.servicecentre.notification;

import jakarta.mail.internet.MimeMessage;
import org.servicecentre.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The three channels. E-mail goes over SMTP when {@code spring.mail.host} is set and to the log otherwise; SMS goes to
 * an {@link SmsGateway} bean if one is defined, else to the HTTP provider at {@code servicecentre.notification.sms.url},
 * else to the log; the inbox needs no delivery (a SENT inbox row is shown).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class ChannelSenders {

    private static final Logger log = LoggerFactory.getLogger(ChannelSenders.class);

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway(@Value("${servicecentre.notification.sms.url:}") String url,
                          @Value("${servicecentre.notification.sms.token:}") String token) {
        if (url.isBlank()) {
            return new LoggingSmsGateway();
        }
        log.info("SMS go to the provider at {}", java.net.URI.create(url).getHost());
        return new HttpSmsGateway(java.net.URI.create(url), token);
    }

    @Bean
    ChannelSender inboxSender() {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.INBOX;
            }

            @Override
            public void send(OutboxMessage message) {
                // Shown in the recipient's inbox once marked sent.
            }
        };
    }

    @Bean
    ChannelSender smsSender(SmsGateway gateway) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.SMS;
            }

            @Override
            public void send(OutboxMessage message) throws Exception {
                gateway.send(message.address(), message.text());
            }
        };
    }

    @Bean
    ChannelSender emailSender(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage message) throws Exception {
                JavaMailSender sender = mail.getIfAvailable();
                if (sender == null) {
                    log.info("E-mail (no SMTP configured) to {}: {}", Masking.email(message.address()),
                            message.subject());
                    return;
                }
                MimeMessage mime = sender.createMimeMessage();
                var helper = new MimeMessageHelper(mime, true, "UTF-8");
                helper.setFrom(settings.mailFrom());
                helper.setTo(message.address());
                helper.setSubject(message.subject());
                helper.setText(message.text(), message.html() == null ? MailLayout.paragraphs(message.text())
                        : message.html());
                mime.addHeader("X-Service-Centre-Key", message.key());
                sender.send(mime);
            }
        };
    }
}
