package org.servicecentre.notification;

/**
 * An SMS provider. The default only writes the message to the log (with the phone number masked); a deployment
 * plugs in its provider as a bean of this type. Throw to have the message retried.
 */
public interface SmsGateway {

    void send(String phone, String text) throws Exception;
}
