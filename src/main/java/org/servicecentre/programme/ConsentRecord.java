package org.servicecentre.programme;

import java.time.Instant;

/** A consent as the resident's record shows it (what, when, how, by whom; withdrawn when). */
public record ConsentRecord(ConsentSubject subject, ConsentChannel channel, String noticeVersion, Instant givenAt,
                            String recordedBy, Instant withdrawnAt) {
}
