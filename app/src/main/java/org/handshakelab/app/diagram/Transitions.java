package org.handshakelab.app.diagram;

import static org.handshakelab.model.tcp.State.CLOSED;
import static org.handshakelab.model.tcp.State.CLOSE_WAIT;
import static org.handshakelab.model.tcp.State.CLOSING;
import static org.handshakelab.model.tcp.State.ESTABLISHED;
import static org.handshakelab.model.tcp.State.FIN_WAIT_1;
import static org.handshakelab.model.tcp.State.FIN_WAIT_2;
import static org.handshakelab.model.tcp.State.LAST_ACK;
import static org.handshakelab.model.tcp.State.LISTEN;
import static org.handshakelab.model.tcp.State.SYN_RECEIVED;
import static org.handshakelab.model.tcp.State.SYN_SENT;
import static org.handshakelab.model.tcp.State.TIME_WAIT;

import java.util.List;
import java.util.Optional;
import org.handshakelab.model.tcp.State;

/**
 * The edges of the connection state diagram, RFC 9293 §3.3.2 Figure 5 (Figure 6 in RFC 793), one
 * record per arrow, with the section of §3.10 "Event Processing" that states the rule. The figure
 * leaves out resets and aborts (its note 3); those transitions have no edge here and the view draws
 * them as ad-hoc dashed arrows.
 */
public final class Transitions {

    /**
     * One arrow of Figure 5.
     *
     * @param event      what happens, e.g. {@code rcv SYN}
     * @param action     what the TCP does, e.g. {@code snd SYN,ACK}; "x" (nothing), as in the figure
     * @param rfcSection where RFC 9293 states the rule
     */
    public record Transition(State from, State to, String event, String action, String rfcSection) {

        /** The label as people write it: {@code rcv SYN / snd SYN,ACK}. */
        public String label() {
            return event + " / " + action;
        }
    }

    /** Every arrow of Figure 5 plus note 1's RST in SYN-RECEIVED back to LISTEN. */
    public static final List<Transition> ALL = List.of(
            new Transition(CLOSED, LISTEN, "passive OPEN", "create TCB", "3.10.1"),
            new Transition(LISTEN, CLOSED, "CLOSE", "delete TCB", "3.10.4"),
            new Transition(CLOSED, SYN_SENT, "active OPEN", "snd SYN", "3.10.1"),
            new Transition(SYN_SENT, CLOSED, "CLOSE", "delete TCB", "3.10.4"),
            new Transition(LISTEN, SYN_RECEIVED, "rcv SYN", "snd SYN,ACK", "3.10.7.2"),
            new Transition(LISTEN, SYN_SENT, "SEND", "snd SYN", "3.10.2"),
            new Transition(SYN_RECEIVED, LISTEN, "rcv RST", "(passive open)", "3.10.7.4"),
            // RFC 793 wrote "snd ACK" here; §3.10.7.3 sends <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
            new Transition(SYN_SENT, SYN_RECEIVED, "rcv SYN", "snd SYN,ACK", "3.10.7.3"),
            new Transition(SYN_RECEIVED, ESTABLISHED, "rcv ACK of SYN", "x", "3.10.7.4"),
            new Transition(SYN_SENT, ESTABLISHED, "rcv SYN,ACK", "snd ACK", "3.10.7.3"),
            new Transition(SYN_RECEIVED, FIN_WAIT_1, "CLOSE", "snd FIN", "3.10.4"),
            new Transition(ESTABLISHED, FIN_WAIT_1, "CLOSE", "snd FIN", "3.10.4"),
            new Transition(ESTABLISHED, CLOSE_WAIT, "rcv FIN", "snd ACK", "3.10.7.4"),
            new Transition(FIN_WAIT_1, FIN_WAIT_2, "rcv ACK of FIN", "x", "3.10.7.4"),
            new Transition(FIN_WAIT_1, CLOSING, "rcv FIN", "snd ACK", "3.10.7.4"),
            // Figure 5 note 2: a FIN that also acknowledges our FIN goes straight to TIME-WAIT.
            new Transition(FIN_WAIT_1, TIME_WAIT, "rcv FIN,ACK of FIN", "snd ACK", "3.10.7.4"),
            new Transition(FIN_WAIT_2, TIME_WAIT, "rcv FIN", "snd ACK", "3.10.7.4"),
            new Transition(CLOSING, TIME_WAIT, "rcv ACK of FIN", "x", "3.10.7.4"),
            new Transition(CLOSE_WAIT, LAST_ACK, "CLOSE", "snd FIN", "3.10.4"),
            new Transition(LAST_ACK, CLOSED, "rcv ACK of FIN", "x", "3.10.7.4"),
            new Transition(TIME_WAIT, CLOSED, "Timeout=2MSL", "delete TCB", "3.10.8"));

    private Transitions() {
    }

    /** The arrow of Figure 5 from {@code from} to {@code to}, if the figure draws one. */
    public static Optional<Transition> find(State from, State to) {
        return ALL.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }
}
