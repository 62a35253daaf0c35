package org.handshakelab.app.lanes;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/** One lane's head: the endpoint's label, its address:port, and a large badge with its current state. */
final class LaneHeaderView extends VBox {
    private final Label label = new Label();
    private final Label address = new Label();
    private final Label badge = new Label(State.CLOSED.name());
    private final Side side;
    private final ChangeListener<State> stateListener = (obs, old, now) -> showState(now);

    LaneHeaderView(LanesViewModel model, Side side) {
        this.side = side;
        getStyleClass().addAll("lane-header", side == Side.CLIENT ? "client" : "server");
        label.getStyleClass().add("lane-label");
        address.getStyleClass().add("lane-address");
        badge.getStyleClass().add("state-badge");
        badge.setId(side == Side.CLIENT ? "client-state-badge" : "server-state-badge");
        badge.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(label, address, badge);

        ObservableValue<LaneHeader> header = side == Side.CLIENT ? model.clientHeaderProperty() : model.serverHeaderProperty();
        header.addListener(o -> showHeader(header.getValue()));
        showHeader(header.getValue());
        model.playbackProperty().addListener((obs, old, now) -> attach(old, now));
        attach(null, model.playbackProperty().get());
    }

    private void attach(Playback old, Playback now) {
        if (old != null) {
            old.stateProperty(side).removeListener(stateListener);
        }
        if (now != null) {
            now.stateProperty(side).addListener(stateListener);
            showState(now.stateProperty(side).get());
        } else {
            showState(State.CLOSED);
        }
    }

    private void showHeader(LaneHeader h) {
        label.setText(h == null ? "" : h.label());
        boolean hasAddress = h != null && h.address() != null && !h.address().isEmpty();
        // IPv6 addresses are written in brackets before a port, as in URLs (RFC 3986 §3.2.2)
        String host = hasAddress && h.address().contains(":") ? "[" + h.address() + "]" : hasAddress ? h.address() : "";
        address.setText(hasAddress ? host + ":" + h.port() : "");
    }

    private void showState(State state) {
        badge.setText(state.name());
        badge.getStyleClass().removeAll("synchronized", "closed");
        if (state == State.CLOSED) {
            badge.getStyleClass().add("closed");
        } else if (state.isSynchronized()) {
            badge.getStyleClass().add("synchronized");
        }
    }
}
