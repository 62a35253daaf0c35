package org.handshakelab.model.wire;

/**
 * One header field of an encoded packet, for a packet inspector that highlights the bytes of the
 * field under the pointer.
 *
 * @param layer  {@code "IPv4"}, {@code "IPv6"}, {@code "TCP"} or {@code "Payload"}
 * @param name   the field's name as RFC 791 / RFC 8200 / RFC 9293 write it, e.g. {@code "Sequence Number"}
 * @param offset first byte of the field, counted from the start of the IP header
 * @param length number of bytes the field covers; a field narrower than a byte (flags, IHL) covers
 *               the byte(s) that hold it
 * @param value  the field's value as people read it, e.g. {@code "0x4e20 (20000)"} or {@code "SYN,ACK"}
 */
public record WireField(String layer, String name, int offset, int length, String value) {

    /** True when byte {@code index} belongs to this field. */
    public boolean covers(int index) {
        return index >= offset && index < offset + length;
    }
}
