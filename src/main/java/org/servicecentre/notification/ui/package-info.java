/**
 * Screens of the notifications: the inbox and its bell in the app shell
 * ({@link org.servicecentre.notification.ui.InboxBell}, shared with the shell), and the administrators' jobs and outbox
 * pages.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.servicecentre.notification.ui;
