package org.activemat.ui.strategies;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The strategies as the registry lists them: one check box per strategy (its description as tooltip) with its
 * parameter fields beside it, each with its problem under it, which takes room only when there is one. A strategy's
 * fields wrap onto more lines when they do not fit (adaptive has one per arm), so the box keeps the width it is given.
 */
final class StrategyGrid {
    private StrategyGrid() {}

    static GridPane of(List<StrategyChoice> strategies, Label noneChosen) {
        GridPane g = FormFields.grid();
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        g.getColumnConstraints().setAll(boxes, fields);
        int row = 0;
        for (StrategyChoice s : strategies) {
            CheckBox c = new CheckBox(s.name());
            c.setId("strategy-" + s.name());
            c.setTooltip(new Tooltip(s.description()));
            c.setMinWidth(Region.USE_PREF_SIZE);
            c.setMinHeight(FIELD_HEIGHT);   // rows with and without fields look alike
            c.selectedProperty().bindBidirectional(s.selectedProperty());
            GridPane.setValignment(c, VPos.TOP);   // level with the fields when a problem shows under one
            g.add(c, 0, row);
            FlowPane params = new FlowPane(12, 4);
            params.setPrefWrapLength(260);   // a modest preferred width; the real one is the box's
            params.setMinWidth(0);
            for (ParameterField p : s.parameters()) {
                String key = s.name() + "-" + p.name();
                Label name = FormFields.name(p.label(), p.tooltip());
                name.disableProperty().bind(s.selectedProperty().not());   // greyed, still editable when chosen again
                name.setMinHeight(FIELD_HEIGHT);
                Label error = FormFields.error("error-" + key, p.errorProperty());
                error.managedProperty().bind(error.textProperty().isNotEmpty());   // room only while there is a problem
                error.visibleProperty().bind(error.managedProperty());
                Control field = field(p, key);
                FormFields.markInvalid(field, p.errorProperty());
                VBox cell = new VBox(2, field, error);
                cell.setFillWidth(false);   // the field keeps its width when a long problem shows under it
                HBox item = new HBox(6, name, cell);
                item.setAlignment(Pos.TOP_LEFT);
                params.getChildren().add(item);
            }
            g.add(params, 1, row);
            row++;
        }
        g.add(noneChosen, 0, row, 2, 1);
        return g;
    }

    /** About a text field's height, so a row of a strategy without parameters is as tall as one with. */
    private static final double FIELD_HEIGHT = 26;

    /** A text field for a number, a choice box for a parameter with named choices (its value is the choice's index). */
    private static Control field(ParameterField p, String key) {
        if (p.isChoice()) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.setId("field-" + key);
            box.getItems().setAll(p.parameter().choices());
            box.setTooltip(new Tooltip(p.tooltip()));
            box.getSelectionModel().select((int) p.value());
            box.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> p.valueProperty().set(i.intValue()));
            p.valueProperty().addListener((o, a, v) -> box.getSelectionModel().select(v.intValue()));
            return box;
        }
        TextField t = FormFields.text("field-" + key, p.tooltip(), 5);
        FormFields.bindReal(t, p.valueProperty(), p.isInteger());
        return t;
    }
}
