package org.handshakelab.app.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.handshakelab.app.lanes.LaneHeader;
import org.handshakelab.app.lanes.LanesView;
import org.handshakelab.app.lanes.LanesViewModel;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.Side;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The sandbox screen: the lanes (a {@link LanesView} over the session's playback) between two lane
 * control groups (listen, connect, send, close, abort), a network control group below (drop /
 * delay / duplicate the next segment from either side, the extra delay, random loss) and a clock
 * bar above (virtual clock, rate, pause, step back / forward / live, save as lesson).
 *
 * <p>Keys, handled only while the focus is inside this view and not in a text field (none of them
 * is one the main window uses): L server listen (Shift+L client), C client connect (Shift+C server),
 * S type into the client's send field (Shift+S server; Enter sends, Esc leaves), X client close
 * (Shift+X server), A client abort (Shift+A server), D drop the client's next segment (Shift+D the
 * server's), W delay it (Shift+W), U duplicate it (Shift+U), B step back, N step forward, V back to
 * live, K pause/resume the clock, 1 / 2 / 3 rate 1x / 10x / 100x.
 */
public final class SandboxView extends BorderPane {
    private static final String BUNDLE = "org.handshakelab.app.i18n.sandbox";

    private final SandboxSession session;
    private final SandboxClock clock;
    private final LanesViewModel lanesModel = new LanesViewModel();
    private final ResourceBundle texts;
    private final Locale locale;
    private final TextField clientText = new TextField();
    private final TextField serverText = new TextField();
    private final Spinner<Integer> extraMs = new Spinner<>(0, 600_000, 500, 50);
    private final Spinner<Integer> lossPercent = new Spinner<>(0, 100, 0, 5);
    private final Label status = new Label();
    private final ToggleGroup rates = new ToggleGroup();
    private final ToggleButton pause = new ToggleButton();

    public SandboxView(SandboxSession session) {
        this(session, Locale.ENGLISH);
    }

    public SandboxView(SandboxSession session, Locale locale) {
        this.session = session;
        this.locale = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        this.texts = ResourceBundle.getBundle(BUNDLE, this.locale);
        this.clock = new SandboxClock(session);
        getStyleClass().add("sandbox-view");
        var css = SandboxView.class.getResource("/org/handshakelab/app/css/sandbox.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        lanesModel.playbackProperty().bind(session.playbackProperty());
        lanesModel.localeProperty().set(this.locale);
        lanesModel.clientHeaderProperty().set(header(session.baseScenario().client(), "sandbox.client"));
        lanesModel.serverHeaderProperty().set(header(session.baseScenario().server(), "sandbox.server"));
        LanesView lanes = new LanesView(lanesModel);
        setCenter(lanes);
        setTop(clockBar());
        setLeft(laneControls(Side.CLIENT, clientText));
        setRight(laneControls(Side.SERVER, serverText));
        setBottom(networkControls());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setFocusTraversable(true);
    }

    public SandboxSession session() {
        return session;
    }

    public SandboxClock clock() {
        return clock;
    }

    public LanesViewModel lanesModel() {
        return lanesModel;
    }

    /** Starts the clock (call when the view is shown). */
    public void start() {
        clock.start();
    }

    /** Stops the clock (call when the view is hidden). */
    public void stop() {
        clock.stop();
    }

    private LaneHeader header(EndpointSetup e, String key) {
        return new LaneHeader(texts.getString(key), e.address(), e.port());
    }

    // ---------------------------------------------------------------- controls

    private Node clockBar() {
        Label clockLabel = new Label();
        clockLabel.setId("sandbox-clock");
        clockLabel.getStyleClass().add("sandbox-clock");
        clockLabel.textProperty().bind(Bindings.createStringBinding(
                () -> format("sandbox.clock", seconds(session.nowProperty().get())), session.nowProperty()));
        Label jump = new Label();
        jump.setId("sandbox-jump");
        jump.getStyleClass().add("sandbox-jump");
        jump.textProperty().bind(Bindings.createStringBinding(() -> clock.lastJumpProperty().get() == 0 ? ""
                : format("sandbox.jumped", seconds(clock.lastJumpProperty().get())), clock.lastJumpProperty()));
        Label bound = new Label();
        bound.setId("sandbox-bound");
        bound.getStyleClass().add("sandbox-bound");
        bound.textProperty().bind(Bindings.createStringBinding(() -> session.boundReached()
                ? texts.getString("sandbox.bound") : "", session.nowProperty(), session.playbackProperty()));
        HBox rateBox = new HBox(2);
        for (int rate : new int[] {1, 10, 100}) {
            ToggleButton b = new ToggleButton(rate + "x");
            b.setId("rate-" + rate);
            b.setToggleGroup(rates);
            b.setUserData(rate);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(format("sandbox.rate.tip", rate)));
            rateBox.getChildren().add(b);
        }
        rates.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                rates.selectToggle(was); // one rate is always chosen
            } else {
                clock.rateProperty().set((Integer) now.getUserData());
            }
        });
        rates.selectToggle(rates.getToggles().get(0));
        pause.setId("sandbox-pause");
        pause.setGraphic(new FontIcon(Material2MZ.PAUSE));
        pause.setTooltip(new Tooltip(texts.getString("sandbox.pause.tip")));
        pause.selectedProperty().bindBidirectional(clock.pausedProperty());
        pause.setFocusTraversable(false);
        Button back = button("sandbox-step-back", Material2MZ.SKIP_PREVIOUS, "sandbox.back", session::stepBack);
        Button forward = button("sandbox-step-forward", Material2MZ.SKIP_NEXT, "sandbox.forward", session::stepForward);
        Button live = button("sandbox-live", Material2AL.FAST_FORWARD, "sandbox.live", session::goLive);
        forward.disableProperty().bind(session.liveProperty());
        live.disableProperty().bind(session.liveProperty());
        Button save = button("sandbox-save", Material2MZ.SAVE, "sandbox.save", this::saveWithChooser);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label liveBadge = new Label();
        liveBadge.setId("sandbox-live-badge");
        liveBadge.textProperty().bind(Bindings.when(session.liveProperty())
                .then(texts.getString("sandbox.badge.live")).otherwise(texts.getString("sandbox.badge.past")));
        liveBadge.getStyleClass().add("sandbox-live-badge");
        HBox bar = new HBox(8, clockLabel, jump, bound, grow, liveBadge, back, forward, live, pause, rateBox, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("sandbox-clock-bar");
        return bar;
    }

    private Node laneControls(Side side, TextField text) {
        String s = side == Side.CLIENT ? "client" : "server";
        Label title = new Label(texts.getString("sandbox." + s));
        title.getStyleClass().add("sandbox-group-title");
        Label state = new Label();
        state.setId(s + "-live-state");
        state.getStyleClass().add("sandbox-live-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> session.stateProperty(side).get().name(),
                session.stateProperty(side)));
        text.setId(s + "-send-text");
        text.setPromptText(texts.getString("sandbox.send.prompt"));
        text.setPrefColumnCount(10);
        Button send = action(s + "-send", Material2MZ.SEND, "sandbox.send", () -> send(side, text));
        text.setOnAction(e -> send.fire());
        text.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                requestFocus();
                e.consume();
            }
        });
        VBox box = new VBox(6, title, state,
                action(s + "-listen", Material2AL.HEARING, "sandbox.listen", () -> report("listen", session.listen(side))),
                action(s + "-connect", Material2AL.LINK, "sandbox.connect", () -> report("connect", session.connect(side))),
                text, send,
                action(s + "-close", Material2AL.EXIT_TO_APP, "sandbox.close", () -> report("close", session.close(side))),
                action(s + "-abort", Material2AL.BLOCK, "sandbox.abort", () -> report("abort", session.abort(side))));
        box.setPadding(new Insets(8));
        box.setPrefWidth(170);
        box.getStyleClass().addAll("sandbox-lane-controls", "sandbox-" + s);
        return box;
    }

    private Node networkControls() {
        Label title = new Label(texts.getString("sandbox.network"));
        title.getStyleClass().add("sandbox-group-title");
        extraMs.setId("network-ms");
        extraMs.setEditable(true);
        extraMs.setPrefWidth(110);
        lossPercent.setId("network-loss");
        lossPercent.setEditable(true);
        lossPercent.setPrefWidth(90);
        lossPercent.valueProperty().addListener((o, was, now) -> {
            if (session.isLive() && now != null && now.doubleValue() != session.randomLossPercent()) {
                session.setRandomLossPercent(now);
                status.setText(format("sandbox.status.loss", now));
            }
        });
        lossPercent.disableProperty().bind(session.liveProperty().not());
        HBox rows = new HBox(16, direction(Side.CLIENT), direction(Side.SERVER),
                new VBox(4, new Label(texts.getString("sandbox.ms")), extraMs),
                new VBox(4, new Label(texts.getString("sandbox.loss")), lossPercent));
        rows.setAlignment(Pos.BOTTOM_LEFT);
        status.setId("sandbox-status");
        status.getStyleClass().add("sandbox-status");
        VBox box = new VBox(6, title, rows, status);
        box.setPadding(new Insets(8, 10, 8, 10));
        box.getStyleClass().add("sandbox-network-controls");
        return box;
    }

    private Node direction(Side sender) {
        String s = sender == Side.CLIENT ? "client" : "server";
        Label label = new Label(texts.getString("sandbox.from." + s));
        HBox buttons = new HBox(4,
                action(s + "-drop", Material2AL.DELETE, "sandbox.drop", () -> fault(session.dropNext(sender))),
                action(s + "-delay", Material2AL.HOURGLASS_EMPTY, "sandbox.delay",
                        () -> fault(session.delayNext(sender, extraMs.getValue()))),
                action(s + "-duplicate", Material2AL.CONTENT_COPY, "sandbox.duplicate",
                        () -> fault(session.duplicateNext(sender, extraMs.getValue()))));
        return new VBox(4, label, buttons);
    }

    private Button button(String id, Ikon icon, String key, Runnable run) {
        Button b = new Button(texts.getString(key), new FontIcon(icon));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> run.run());
        String tip = key + ".tip";
        if (texts.containsKey(tip)) {
            b.setTooltip(new Tooltip(texts.getString(tip)));
        }
        return b;
    }

    /** A control that acts on the present: disabled while stepped back. */
    private Button action(String id, Ikon icon, String key, Runnable run) {
        Button b = button(id, icon, key, run);
        b.setMaxWidth(Double.MAX_VALUE);
        b.disableProperty().bind(session.liveProperty().not());
        return b;
    }

    // ---------------------------------------------------------------- actions

    private void send(Side side, TextField text) {
        if (text.getText().isEmpty()) {
            status.setText(texts.getString("sandbox.status.empty"));
            return;
        }
        report("send", session.send(side, text.getText()));
        text.clear();
    }

    private void report(String call, CallResult result) {
        status.setText(result.ok() ? format("sandbox.status.ok", call, seconds(session.now()))
                : format("sandbox.status.refused", call, result.error()));
    }

    private void fault(String id) {
        status.setText(format("sandbox.status.fault", id));
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Side side = e.isShiftDown() ? Side.SERVER : Side.CLIENT;
        String s = side == Side.CLIENT ? "client" : "server";
        String other = side == Side.CLIENT ? "server" : "client";
        Supplier<String> target = switch (e.getCode()) {
            case L -> () -> "#" + other + "-listen"; // L alone listens on the server
            case C -> () -> "#" + s + "-connect";
            case X -> () -> "#" + s + "-close";
            case A -> () -> "#" + s + "-abort";
            case D -> () -> "#" + s + "-drop";
            case W -> () -> "#" + s + "-delay";
            case U -> () -> "#" + s + "-duplicate";
            case B -> () -> "#sandbox-step-back";
            case N -> () -> "#sandbox-step-forward";
            case V -> () -> "#sandbox-live";
            default -> null;
        };
        if (target != null) {
            Node node = lookup(target.get());
            if (node instanceof Button b && !b.isDisabled()) {
                b.fire();
            }
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case S -> (side == Side.CLIENT ? clientText : serverText).requestFocus();
            case K -> pause.setSelected(!pause.isSelected());
            case DIGIT1 -> rates.selectToggle(rates.getToggles().get(0));
            case DIGIT2 -> rates.selectToggle(rates.getToggles().get(1));
            case DIGIT3 -> rates.selectToggle(rates.getToggles().get(2));
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---------------------------------------------------------------- saving

    /** Writes the session as a lesson file that replays it exactly. */
    public void saveAsLesson(Path file) throws IOException {
        Files.writeString(file, session.toLessonJson(LocalDate.now()), StandardCharsets.UTF_8);
    }

    private void saveWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.getString("sandbox.save.title"));
        chooser.setInitialFileName("sandbox-" + LocalDate.now() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.getString("sandbox.save.filter"), "*.json"));
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            saveAsLesson(file.toPath());
            status.setText(format("sandbox.status.saved", file.getName()));
        } catch (IOException | IllegalArgumentException ex) {
            status.setText(format("sandbox.status.saveFailed", file.getName(), String.valueOf(ex.getMessage())));
        }
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
