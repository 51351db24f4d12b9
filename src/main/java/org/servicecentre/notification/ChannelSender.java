package org.servicecentre.notification;

/** Delivers a message on one channel; throws when it could not (the dispatcher retries later). */
interface ChannelSender {

    Channel channel();

    void send(OutboxMessage message) throws Exception;
}
