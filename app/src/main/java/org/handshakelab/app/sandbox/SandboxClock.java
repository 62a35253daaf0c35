package org.handshakelab.app.sandbox;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Runs a {@link SandboxSession}'s virtual time from real time: {@code rate} virtual ms per real ms
 * (1x, 10x, 100x). Time stands still while nothing is scheduled (so an idle sandbox does not creep
 * towards the simulation's time bound), while paused and while the session is stepped back. When
 * the next event is more than {@link SandboxSession#IDLE_JUMP_MS} away (a retransmission timer
 * backed off, a 240 s TIME_WAIT), the clock runs on for {@link #DWELL_SECONDS} of real time so the
 * wait can be seen, then jumps straight to that event; {@link #lastJumpProperty()} tells how much
 * was skipped.
 *
 * <p>{@link #start()} drives it from an {@link AnimationTimer}; tests call {@link #advanceReal}.
 */
public final class SandboxClock {
    /** Real seconds a long wait is shown running before it is jumped over. */
    public static final double DWELL_SECONDS = 1.0;

    private final SandboxSession session;
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 1.0);
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused", false);
    private final ReadOnlyLongWrapper lastJump = new ReadOnlyLongWrapper(this, "lastJump", 0);
    private double carryMillis;
    private double dwell;
    private AnimationTimer timer;

    public SandboxClock(SandboxSession session) {
        this.session = session;
    }

    /** Virtual ms per real ms (e.g. 1, 10, 100). */
    public DoubleProperty rateProperty() {
        return rate;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Virtual ms skipped by the most recent jump over an idle wait (0 before any). */
    public ReadOnlyLongProperty lastJumpProperty() {
        return lastJump.getReadOnlyProperty();
    }

    /** Advances by {@code seconds} of real time (one animation frame). */
    public void advanceReal(double seconds) {
        if (paused.get() || !session.isLive() || session.isIdle() || seconds <= 0) {
            carryMillis = 0;
            dwell = 0;
            return;
        }
        long now = session.now();
        long next = session.nextEventTime();
        boolean longWait = next - now > SandboxSession.IDLE_JUMP_MS;
        if (longWait) {
            dwell += seconds;
            if (dwell >= DWELL_SECONDS) {
                dwell = 0;
                carryMillis = 0;
                lastJump.set(next - now);
                session.advanceTo(next);
                return;
            }
        } else {
            dwell = 0;
        }
        carryMillis += seconds * 1000.0 * rate.get();
        long whole = (long) carryMillis;
        if (whole > 0) {
            carryMillis -= whole;
            session.advanceTo(now + whole);
        }
    }

    /** Starts driving the session from the JavaFX pulse. */
    public void start() {
        if (timer != null) {
            return;
        }
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long nanos) {
                if (last >= 0) {
                    // a stalled frame (window dragged, debugger) is not turned into a burst of time
                    advanceReal(Math.min(0.25, (nanos - last) / 1e9));
                }
                last = nanos;
            }
        };
        timer.start();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
