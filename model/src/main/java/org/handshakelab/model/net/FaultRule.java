package org.handshakelab.model.net;

import org.handshakelab.model.tcp.Segment;

/**
 * A fault the network applies to matching segments. A segment matches when every given criterion
 * holds; the rule fires on the {@code nth} match only (1 = the first), or on every match when
 * {@code nth} is 0.
 *
 * @param name        a label for the trace ("which rule dropped it"), e.g. the lesson's fault id
 * @param direction   the direction to match, or null for both
 * @param flagsAll    {@link org.handshakelab.model.tcp.Flags} that must all be set (0: any)
 * @param flagsExact  if not null, the exact flag mask required (e.g. a pure ACK is exactly ACK)
 * @param hasPayload  if not null, whether the segment must (true) or must not (false) carry data
 * @param nth         which match to act on, 1-based; 0 means every match
 */
public record FaultRule(String name, Direction direction, int flagsAll, Integer flagsExact, Boolean hasPayload,
                        int nth, FaultAction action) {

    public FaultRule {
        if (nth < 0) {
            throw new IllegalArgumentException("nth must be 0 (every match) or positive");
        }
        if (action == null) {
            throw new IllegalArgumentException("a fault rule needs an action");
        }
    }

    /** Whether the segment, sent in the given direction, meets the criteria (not counting nth). */
    public boolean matches(Direction dir, Segment segment) {
        if (direction != null && direction != dir) {
            return false;
        }
        if ((segment.flags() & flagsAll) != flagsAll) {
            return false;
        }
        if (flagsExact != null && segment.flags() != flagsExact) {
            return false;
        }
        return hasPayload == null || hasPayload == (segment.dataLength() > 0);
    }
}
