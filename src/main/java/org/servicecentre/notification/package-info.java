/**
 * Notifications: the outbox (one row per message and channel, sent once), its dispatcher on clustered Quartz, the
 * channels (e-mail over SMTP, SMS through a provider, the in-app inbox), the inbox and the admin's jobs and outbox
 * pages. Other modules schedule messages through {@link org.servicecentre.notification.Outbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.servicecentre.notification;
