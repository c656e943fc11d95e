package com.ladderbench.ui.compare;

import com.ladderbench.core.compare.ParameterOverride;
import com.ladderbench.core.compare.Variant;
import com.ladderbench.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a what-if variant: a name and one override per line (SPEC §6 paths such as
 * {@code triggers.btc_trim.exit_fraction=0.25}). OK is refused, with the problems shown in the
 * dialog, until the variant is valid; {@code check} returns the problems (empty when valid).
 */
public final class VariantDialog extends Dialog<Variant> {
    private final TextField name = new TextField();
    private final TextArea overrides = new TextArea();
    private final Label problems = new Label();
    /** The examples, one per line, shown in the empty overrides area. */
    static final String EXAMPLES = "one PATH=VALUE per line, e.g.\ntriggers.momentum_fade_trim.exit_fraction=0.5\n"
            + "config.min_hold_bars=8\nplan.risk_off.latch_bars=6";
    private final Label placeholder = new Label(EXAMPLES);

    public VariantDialog(Window owner, Function<Variant, String> check) {
        if (owner != null) initOwner(owner);
        setTitle("Add a what-if variant");
        setHeaderText("Rerun the ladder with some settings changed");
        name.setPromptText("e.g. trim50");
        name.setId("variant-name");
        // a TextArea's prompt text drops line breaks, so the examples are a label shown while it is empty
        placeholder.setId("variant-placeholder");
        placeholder.setMouseTransparent(true);
        placeholder.setStyle("-fx-text-fill: #8A8A8A; -fx-padding: 6 8 6 8;");
        placeholder.visibleProperty().bind(overrides.textProperty().isEmpty());
        overrides.setId("variant-overrides");
        overrides.setPrefRowCount(5);
        overrides.setPrefColumnCount(44);
        problems.setId("variant-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(520);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problems.setStyle("-fx-text-fill: #B00020;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Name"), name);
        javafx.scene.layout.StackPane overridesPane = new javafx.scene.layout.StackPane(overrides, placeholder);
        javafx.scene.layout.StackPane.setAlignment(placeholder, javafx.geometry.Pos.TOP_LEFT);
        grid.addRow(1, new Label("Overrides"), overridesPane);
        grid.add(problems, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String why = validate(check);
            if (why != null) {
                problems.setText(why);
                e.consume(); // keep the dialog open so the analyst can fix it
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? parsedOrNull() : null);
    }

    public TextField nameField() { return name; }

    public TextArea overridesField() { return overrides; }

    public Label problemsLabel() { return problems; }

    public Label placeholderLabel() { return placeholder; }

    /** The variant the fields describe; throws with the problems when they do not describe one. */
    public Variant parsed() throws InvalidInputException {
        String n = name.getText() == null ? "" : name.getText().trim();
        List<ParameterOverride> list = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : overrides.getText().split("\\R")) {
            if (!line.isBlank()) lines.add(line.trim());
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of(null, "variant " + n, "give at least one override, e.g. config.min_hold_bars=8");
        }
        // the core checks the name exactly as for --variant on the command line
        Variant.parse(n + ":" + lines.get(0));
        for (String line : lines) list.add(ParameterOverride.parse(line, "variant " + n));
        return new Variant(n, list);
    }

    private Variant parsedOrNull() {
        try {
            return parsed();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private String validate(Function<Variant, String> check) {
        try {
            return check.apply(parsed());
        } catch (InvalidInputException e) {
            return Problems.describe(e);
        }
    }
}
