package com.ladderbench.ui.setup;

import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.core.report.PlanJson;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The run configuration in a ControlsFX property sheet, one item per {@link ConfigField} with its
 * meaning as the description. Every edit is checked by the core's config loader, so the sheet
 * accepts exactly what a config file would; a rejected edit is listed as a problem and undone.
 */
public final class ConfigSheet {
    private final RunSetup setup;
    private final PropertySheet sheet;

    public ConfigSheet(RunSetup setup) {
        this.setup = setup;
        ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
        for (ConfigField f : ConfigField.values()) items.add(new Item(f));
        sheet = new PropertySheet(items);
        // every field at once: an accordion of groups would hide most of them
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(ConfigSheet::editor);
    }

    public PropertySheet node() { return sheet; }

    private static PropertyEditor<?> editor(PropertySheet.Item item) {
        ConfigField f = ((Item) item).field;
        if (f.kind().isChoice()) return Editors.createChoiceEditor(item, f.kind().choices());
        if (f.kind().type() == Boolean.class) return Editors.createCheckEditor(item);
        if (f.kind().type() == String.class) return Editors.createTextEditor(item);
        return Editors.createNumericEditor(item);
    }

    /** Applies an edit; false (with the problem listed) when the core rejects the value. */
    boolean apply(ConfigField field, Object value) {
        RunConfig current = setup.configProperty().get();
        if (value == null || value.equals(field.get(current))) return true;
        try {
            RunConfig edited = field.with(current, value);
            RunConfig checked = RunConfigLoader.parse(PlanJson.toJson(edited).toString(), "run configuration");
            setup.configProperty().set(checked);
            return true;
        } catch (InvalidInputException e) {
            setup.list(e.problems(), List.of());
        } catch (IllegalArgumentException | ClassCastException e) {
            setup.list(List.of(new Problem("run configuration", field.wire(), e.getMessage())), List.of());
        }
        // put the editor back to the value in force
        setup.configProperty().set(current.toBuilder().build());
        return false;
    }

    private final class Item implements PropertySheet.Item {
        private final ConfigField field;
        private final ObservableValue<Object> value;

        Item(ConfigField field) {
            this.field = field;
            this.value = Bindings.createObjectBinding(() -> field.get(setup.configProperty().get()),
                    setup.configProperty());
        }

        @Override
        public Class<?> getType() { return field.kind().type(); }

        @Override
        public String getCategory() { return field.group(); }

        @Override
        public String getName() { return field.label(); }

        @Override
        public String getDescription() { return field.tooltip(); }

        @Override
        public Object getValue() { return value.getValue(); }

        @Override
        public void setValue(Object v) { apply(field, v); }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() { return Optional.of(value); }
    }
}
