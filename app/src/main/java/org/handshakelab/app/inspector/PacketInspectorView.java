package org.handshakelab.app.inspector;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;

/**
 * Shows one segment: ports, sequence and acknowledgment numbers (absolute and relative), the flags
 * as chips, window, length, payload as text and hex, the checksums (recomputed, "correct"), and
 * the IP packet's bytes as a hex dump, 16 bytes a row, beside a table of header fields. Hovering a
 * field row highlights its bytes; hovering a byte highlights its field's row.
 *
 * <p>Ids for tests and automation: {@code inspector-title}, {@code inspector-src-port},
 * {@code inspector-dst-port}, {@code inspector-seq}, {@code inspector-ack}, {@code inspector-window},
 * {@code inspector-length}, {@code flag-SYN} (and the other flags; pseudo-class {@code :set}),
 * {@code inspector-payload-text}, {@code inspector-payload-hex}, {@code inspector-tcp-checksum},
 * {@code inspector-ip-checksum}. Style classes: {@code packet-inspector}, {@code flag-chip},
 * {@code field-cell}, {@code hex-byte}, {@code hex-offset} ({@code :highlighted}), {@code checksum-status}
 * ({@code :correct}, {@code :wrong}).
 */
public final class PacketInspectorView extends VBox {
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass SET = PseudoClass.getPseudoClass("set");
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final String BUNDLE = "org.handshakelab.app.i18n.teaching";
    /** Header flag bits from the most significant, as the header and Wireshark list them. */
    private static final int[] FLAG_ORDER = {Flags.URG, Flags.ACK, Flags.PSH, Flags.RST, Flags.SYN, Flags.FIN};
    private static final int BYTES_PER_ROW = 16;

    private final PacketInspectorModel model;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final List<Label> byteLabels = new ArrayList<>();
    /** The cells of each field table row (layer, name, byte range, value). */
    private final List<List<Label>> fieldRows = new ArrayList<>();
    private List<PacketField> shownFields = List.of();

    public PacketInspectorView(PacketInspectorModel model) {
        this.model = model;
        getStyleClass().add("packet-inspector");
        model.detailsProperty().addListener((o, a, b) -> rebuild());
        model.highlightedFieldProperty().addListener((o, a, b) -> highlight());
        locale.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    public PacketInspectorModel getModel() {
        return model;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** Whether byte {@code index} of the hex dump is highlighted. */
    public boolean isByteHighlighted(int index) {
        return byteLabels.get(index).getPseudoClassStates().contains(HIGHLIGHTED);
    }

    /** The hex dump's label for byte {@code index} (hover it to highlight its field). */
    public Label byteLabel(int index) {
        return byteLabels.get(index);
    }

    /** The name cell of the field table's row for the {@code i}-th field (in byte order); hover it to highlight. */
    public Label fieldRow(int i) {
        return fieldRows.get(i).get(1);
    }

    /** Whether the row of {@code field} is highlighted. */
    public boolean isFieldRowHighlighted(PacketField field) {
        int i = shownFields.indexOf(field);
        return i >= 0 && fieldRows.get(i).stream().allMatch(c -> c.getPseudoClassStates().contains(HIGHLIGHTED));
    }

    private void rebuild() {
        ResourceBundle texts = texts(locale.get());
        getChildren().clear();
        byteLabels.clear();
        fieldRows.clear();
        shownFields = List.of();
        SegmentDetails d = model.detailsProperty().get();
        if (d == null) {
            getChildren().add(styled(new Label(texts.getString("inspector.none")), "inspector-placeholder"));
            return;
        }
        Segment s = d.segment();
        String from = side(texts, d.sender());
        String to = side(texts, d.sender().peer());
        Label title = new Label(MessageFormat.format(texts.getString("inspector.title"),
                String.valueOf(d.id()), from, to, Flags.label(s.flags())));
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        getChildren().add(title);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-summary");
        grid.setHgap(14);
        grid.setVgap(4);
        int row = 0;
        row = addRow(grid, row, texts.getString("inspector.srcPort"), "inspector-src-port",
                s.srcPort() + "   (" + from + " " + d.sourceAddress() + ")");
        row = addRow(grid, row, texts.getString("inspector.dstPort"), "inspector-dst-port",
                s.dstPort() + "   (" + to + " " + d.destinationAddress() + ")");
        row = addRow(grid, row, texts.getString("inspector.seq"), "inspector-seq",
                d.seqAbsolute() + "   (" + relative(texts, d.seqRelative()) + ")");
        row = addRow(grid, row, texts.getString("inspector.ack"), "inspector-ack", d.hasAck()
                ? d.ackAbsolute() + "   (" + relative(texts, d.ackRelative()) + ")"
                : d.ackAbsolute() + "   (" + texts.getString("inspector.ackUnset") + ")");
        row = addRow(grid, row, texts.getString("inspector.window"), "inspector-window", String.valueOf(s.window()));
        row = addRow(grid, row, texts.getString("inspector.length"), "inspector-length",
                MessageFormat.format(texts.getString("inspector.lengthValue"),
                        String.valueOf(s.dataLength()), String.valueOf(s.len())));
        FlowPane chips = new FlowPane(6, 4);
        for (int flag : FLAG_ORDER) {
            String name = Flags.label(flag);
            Label chip = styled(new Label(name), "flag-chip");
            chip.setId("flag-" + name);
            chip.pseudoClassStateChanged(SET, s.has(flag));
            chips.getChildren().add(chip);
        }
        grid.add(nameLabel(texts.getString("inspector.flags")), 0, row);
        grid.add(chips, 1, row++);
        if (s.dataLength() > 0) {
            Label text = styled(new Label(d.payloadText()), "mono");
            text.setId("inspector-payload-text");
            text.setWrapText(true);
            grid.add(nameLabel(texts.getString("inspector.payload")), 0, row);
            grid.add(text, 1, row++);
            Label hex = styled(new Label(d.payloadHex()), "mono");
            hex.setId("inspector-payload-hex");
            grid.add(nameLabel(texts.getString("inspector.payloadHex")), 0, row);
            grid.add(hex, 1, row++);
        } else {
            row = addRow(grid, row, texts.getString("inspector.payload"), "inspector-payload-text",
                    texts.getString("inspector.payloadNone"));
        }
        if (d.packet() == null) {
            addRow(grid, row, texts.getString("inspector.tcpChecksum"), "inspector-tcp-checksum",
                    MessageFormat.format(texts.getString("inspector.noEncoding"), d.encodingError()));
            getChildren().add(grid);
            return;
        }
        row = addChecksum(grid, row, texts, texts.getString("inspector.tcpChecksum"), "inspector-tcp-checksum",
                d.tcpChecksum());
        if (d.ipChecksum() != null) {
            addChecksum(grid, row, texts, texts.getString("inspector.ipChecksum"), "inspector-ip-checksum",
                    d.ipChecksum());
        }
        getChildren().add(grid);

        EncodedPacket packet = d.packet();
        shownFields = packet.fields();
        GridPane table = new GridPane();
        table.getStyleClass().add("field-table");
        table.add(styled(new Label(texts.getString("inspector.fields")), "section-title"), 0, 0, 4, 1);
        for (int i = 0; i < shownFields.size(); i++) {
            List<Label> cells = fieldCells(shownFields.get(i));
            fieldRows.add(cells);
            for (int c = 0; c < cells.size(); c++) {
                table.add(cells.get(c), c, i + 1);
            }
        }
        GridPane dump = new GridPane();
        dump.getStyleClass().add("hex-dump");
        dump.setHgap(1);
        dump.setVgap(2);
        dump.add(styled(new Label(texts.getString("inspector.bytes")), "section-title"), 0, 0, BYTES_PER_ROW + 1, 1);
        for (int i = 0; i < packet.length(); i++) {
            int r = i / BYTES_PER_ROW + 1;
            if (i % BYTES_PER_ROW == 0) {
                Label offset = styled(new Label(String.format("%04x", i)), "hex-offset");
                offset.setMinWidth(Region.USE_PREF_SIZE);
                dump.add(offset, 0, r);
            }
            Label b = styled(new Label(String.format("%02x", packet.byteAt(i))), "hex-byte");
            b.setMinWidth(Region.USE_PREF_SIZE);
            PacketField f = packet.fieldAt(i);
            if (f != null) {
                b.getStyleClass().add(f.layer().startsWith("IP") ? "ip-layer" : "tcp-layer");
            }
            int index = i;
            b.setOnMouseEntered(e -> model.hoveredByteProperty().set(index));
            b.setOnMouseExited(e -> model.hoveredByteProperty().set(-1));
            byteLabels.add(b);
            dump.add(b, i % BYTES_PER_ROW + 1, r);
        }
        // side by side when there is room, the dump under the table when not (projector sizes)
        FlowPane bytesAndFields = new FlowPane(24, 16, table, dump);
        bytesAndFields.getStyleClass().add("inspector-bytes");
        getChildren().add(bytesAndFields);
        highlight();
    }

    /** One row of the field table: layer, name, byte range, value; hovering any cell highlights the field. */
    private List<Label> fieldCells(PacketField f) {
        String range = f.length() == 1 ? String.valueOf(f.offset())
                : f.offset() + "\u2013" + (f.offset() + f.length() - 1);
        List<Label> cells = List.of(new Label(f.layer()), new Label(f.name()), new Label(range), new Label(f.value()));
        for (Label cell : cells) {
            cell.getStyleClass().add("field-cell");
            cell.setMinWidth(Region.USE_PREF_SIZE);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setOnMouseEntered(e -> model.highlightedFieldProperty().set(f));
            cell.setOnMouseExited(e -> {
                if (f.equals(model.highlightedFieldProperty().get())) {
                    model.highlightedFieldProperty().set(null);
                }
            });
        }
        return cells;
    }

    private void highlight() {
        PacketField f = model.highlightedFieldProperty().get();
        for (int i = 0; i < byteLabels.size(); i++) {
            byteLabels.get(i).pseudoClassStateChanged(HIGHLIGHTED, f != null && f.covers(i));
        }
        for (int i = 0; i < fieldRows.size(); i++) {
            boolean on = shownFields.get(i).equals(f);
            fieldRows.get(i).forEach(c -> c.pseudoClassStateChanged(HIGHLIGHTED, on));
        }
    }

    private int addChecksum(GridPane grid, int row, ResourceBundle texts, String name, String id, ChecksumCheck c) {
        String key = c.correct() ? "inspector.checksumCorrect" : "inspector.checksumWrong";
        Label value = new Label(MessageFormat.format(texts.getString(key), ChecksumCheck.hex(c.stored()),
                ChecksumCheck.hex(c.computed())));
        value.setId(id);
        value.getStyleClass().add("checksum-status");
        value.pseudoClassStateChanged(CORRECT, c.correct());
        value.pseudoClassStateChanged(WRONG, !c.correct());
        value.setWrapText(true);
        grid.add(nameLabel(name), 0, row);
        grid.add(value, 1, row);
        return row + 1;
    }

    private static int addRow(GridPane grid, int row, String name, String id, String value) {
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        grid.add(nameLabel(name), 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }

    /** A row name: never shortened with an ellipsis; the value beside it wraps instead. */
    private static Label nameLabel(String name) {
        Label label = styled(new Label(name), "field-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String relative(ResourceBundle texts, long value) {
        return value < 0 ? texts.getString("inspector.noRelative")
                : MessageFormat.format(texts.getString("inspector.relative"), String.valueOf(value));
    }

    private static String side(ResourceBundle texts, Side side) {
        return texts.getString(side == Side.CLIENT ? "inspector.client" : "inspector.server");
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static ResourceBundle texts(Locale locale) {
        Locale l = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, l);
    }
}
