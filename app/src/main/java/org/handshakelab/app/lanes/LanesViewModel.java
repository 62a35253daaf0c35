package org.handshakelab.app.lanes;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handshakelab.model.playback.Playback;

/** TEMPORARY placeholder for the contract. */
public final class LanesViewModel {
    private final ObjectProperty<Playback> playback = new SimpleObjectProperty<>();
    private final ObjectProperty<LaneHeader> client = new SimpleObjectProperty<>();
    private final ObjectProperty<LaneHeader> server = new SimpleObjectProperty<>();
    private final BooleanProperty absolute = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>();

    public ObjectProperty<Playback> playbackProperty() { return playback; }
    public ObjectProperty<LaneHeader> clientHeaderProperty() { return client; }
    public ObjectProperty<LaneHeader> serverHeaderProperty() { return server; }
    public BooleanProperty absoluteNumbersProperty() { return absolute; }
    public DoubleProperty zoomProperty() { return zoom; }
    public BooleanProperty followPlaybackProperty() { return follow; }
    public ObjectProperty<Locale> localeProperty() { return locale; }
    public ObservableList<ArrowInfo> visibleArrows() { return FXCollections.emptyObservableList(); }
    public ObjectProperty<Integer> selectedSegmentIdProperty() { return selected; }
}
