package org.handshakelab.model.tcp;

import java.util.ArrayList;
import java.util.List;

/**
 * TCP control bits as a bit mask with the header's own bit positions (RFC 9293 §3.1), so that a
 * mask is also the low byte of the header's flags field.
 */
public final class Flags {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;

    /** Display order: the order in which people say them ("SYN,ACK", "FIN,ACK", "RST,ACK"). */
    private static final int[] ORDER = {SYN, FIN, RST, PSH, ACK, URG};
    private static final String[] NAMES = {"SYN", "FIN", "RST", "PSH", "ACK", "URG"};

    private Flags() {
    }

    public static boolean has(int mask, int flag) {
        return (mask & flag) == flag;
    }

    /** The names of the set bits, e.g. {@code ["SYN","ACK"]}. */
    public static List<String> names(int mask) {
        List<String> names = new ArrayList<>(3);
        for (int i = 0; i < ORDER.length; i++) {
            if ((mask & ORDER[i]) != 0) {
                names.add(NAMES[i]);
            }
        }
        return names;
    }

    /** The names joined with commas, e.g. {@code SYN,ACK}; an empty mask is {@code "none"}. */
    public static String label(int mask) {
        List<String> names = names(mask);
        return names.isEmpty() ? "none" : String.join(",", names);
    }

    /**
     * The mask for one flag name (case-insensitive).
     *
     * @throws IllegalArgumentException for a name that is not a TCP flag
     */
    public static int parse(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return ORDER[i];
            }
        }
        throw new IllegalArgumentException("not a TCP flag: " + name);
    }
}
