package org.handshakelab.app.inspector;

/**
 * One header field of an encoded packet with its byte range, counted from the start of the IP
 * header (the same shape as the wire codec's {@code WireField}).
 *
 * @param layer  {@code IPv4}, {@code IPv6}, {@code TCP} or {@code Payload}
 * @param name   the field's name as the RFCs write it, e.g. {@code Sequence Number}
 * @param length bytes covered; a field narrower than a byte covers the byte(s) that hold it
 * @param value  the value as people read it
 */
public record PacketField(String layer, String name, int offset, int length, String value) {

    public boolean covers(int index) {
        return index >= offset && index < offset + length;
    }
}
