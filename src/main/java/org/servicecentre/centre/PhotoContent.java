package org.servicecentre.centre;

/** A stored picture: its media type ({@code image/png}, {@code image/jpeg} or {@code image/webp}) and bytes. */
public record PhotoContent(String contentType, byte[] bytes) {
}
