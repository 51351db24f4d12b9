package org.servicecentre.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules messages: one outbox row per channel the recipient can be reached on (inbox for staff, e-mail when there
 * is an address, SMS when there is a phone), rendered in their language, in the caller's transaction - so a message is
 * stored exactly when the change it tells about is. A key already scheduled is skipped, which makes every producer
 * safe to run twice. Non-essential messages to a recipient who opted out are kept as DROPPED (visible to admins).
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Map<Recipient.Kind, ContactDirectory> directories = new EnumMap<>(Recipient.Kind.class);
    private final OutboxWriter writer;
    private final TranslationProvider translations;
    private final MailLayout layout;
    private final Clock clock;

    Outbox(List<ContactDirectory> directories, OutboxWriter writer, TranslationProvider translations,
           MailLayout layout, Clock clock) {
        directories.forEach(d -> this.directories.put(d.kind(), d));
        this.writer = writer;
        this.translations = translations;
        this.layout = layout;
        this.clock = clock;
    }

    /** Schedules the message on each channel of its recipient; returns how many rows were new. */
    @Transactional
    public int schedule(NotificationRequest request) {
        Optional<Contact> contact = contactOf(request.recipient());
        if (contact.isEmpty()) {
            log.debug("No way to reach {} for {}: not scheduled", request.recipient(), request.key());
            return 0;
        }
        int written = 0;
        for (OutboxRow row : rows(request, contact.get())) {
            if (writer.insertIfAbsent(row)) {
                written++;
            }
        }
        return written;
    }

    /** Schedules many (a job's batch); returns how many rows were new. */
    @Transactional
    public int scheduleAll(Collection<NotificationRequest> requests) {
        int written = 0;
        for (NotificationRequest request : requests) {
            written += schedule(request);
        }
        return written;
    }

    Optional<Contact> contactOf(Recipient recipient) {
        ContactDirectory directory = directories.get(recipient.kind());
        return directory == null ? Optional.empty() : directory.find(recipient.id());
    }

    private List<OutboxRow> rows(NotificationRequest request, Contact contact) {
        var content = request.message().render(translations, contact.locale());
        var sent = new NotificationContent(content.subject(), layout.text(content, request.link(), contact.locale()),
                layout.html(content, request.link(), contact.locale()));
        boolean optedOut = !request.essential() && !contact.optionalMessages();
        NotificationState state = optedOut ? NotificationState.DROPPED : NotificationState.PENDING;
        String reason = optedOut ? "recipient opted out of non-essential messages" : null;
        var now = clock.instant();
        Recipient recipient = request.recipient();
        Long accountId = recipient.kind() == Recipient.Kind.ACCOUNT ? recipient.id() : null;
        Long residentId = recipient.kind() == Recipient.Kind.RESIDENT ? recipient.id() : null;
        String language = Languages.tagOf(contact.locale());
        var rows = new ArrayList<OutboxRow>(3);
        if (contact.inbox()) {
            rows.add(new OutboxRow(request.key(), request.kind(), Channel.INBOX, accountId, residentId, contact.name(),
                    null, language, new NotificationContent(content.subject(), content.text(), null), request.link(),
                    request.essential(), request.dueAt(), request.staleAt(), state, reason, now));
        }
        if (contact.email() != null && !contact.email().isBlank()) {
            rows.add(new OutboxRow(request.key(), request.kind(), Channel.EMAIL, accountId, residentId, contact.name(),
                    contact.email(), language, sent, request.link(), request.essential(), request.dueAt(),
                    request.staleAt(), state, reason, now));
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            rows.add(new OutboxRow(request.key(), request.kind(), Channel.SMS, accountId, residentId, contact.name(),
                    contact.phone(), language, new NotificationContent(content.subject(), sent.text(), null),
                    request.link(), request.essential(), request.dueAt(), request.staleAt(), state, reason, now));
        }
        return rows;
    }
}
