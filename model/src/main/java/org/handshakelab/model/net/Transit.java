package org.handshakelab.model.net;

/**
 * What the network does with one segment.
 *
 * @param lost          whether it never arrives
 * @param lostAt        when it was lost (half the latency after sending), if lost
 * @param lostCause     the fault rule's name, or "random loss", if lost
 * @param arrivesAt     when it arrives, if not lost
 * @param delayCause    the rule that delayed it, or null
 * @param copyArrivesAt when a duplicate arrives, or -1 when there is none
 * @param copyCause     the rule that duplicated it, or null
 */
public record Transit(boolean lost, long lostAt, String lostCause, long arrivesAt, String delayCause,
                      long copyArrivesAt, String copyCause) {

    public boolean duplicated() {
        return copyArrivesAt >= 0;
    }
}
