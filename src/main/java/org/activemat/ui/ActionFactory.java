package org.activemat.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

import java.util.EnumMap;
import java.util.Map;

/**
 * Makes menu items and toolbar buttons for the actions, so a command looks, is enabled and says why it is not the same
 * way wherever it appears. The window says what each action does and when it is off.
 */
final class ActionFactory {
    private record Command(Runnable run, ObservableBooleanValue disabled, ObservableValue<String> reason) {}

    private final Map<WorkbenchAction, Command> commands = new EnumMap<>(WorkbenchAction.class);

    ActionFactory on(WorkbenchAction a, Runnable run) { return on(a, run, null, null); }

    /** disabled and reason (the tooltip while it is off, "" when it is not) may be null. */
    ActionFactory on(WorkbenchAction a, Runnable run, ObservableBooleanValue disabled, ObservableValue<String> reason) {
        commands.put(a, new Command(run, disabled, reason));
        return this;
    }

    MenuItem menuItem(WorkbenchAction a) {
        Command c = command(a);
        MenuItem m = new MenuItem(a.text(), a.icon() == null ? null : a.icon().icon(16));
        if (a.keys() != null) m.setAccelerator(a.keys());
        if (c.disabled() != null) m.disableProperty().bind(c.disabled());
        m.setOnAction(e -> c.run().run());
        return m;
    }

    Button button(WorkbenchAction a) {
        Command c = command(a);
        Button b = new Button(a.label(), a.icon() == null ? null : a.icon().icon());
        b.setId(a.id());
        if (c.reason() == null) b.setTooltip(new Tooltip(a.tooltip()));
        else b.tooltipProperty().bind(c.reason().map(r -> new Tooltip(r.isEmpty() ? a.tooltip() : r)));
        if (c.disabled() != null) b.disableProperty().bind(c.disabled());
        b.setOnAction(e -> c.run().run());
        return b;
    }

    private Command command(WorkbenchAction a) {
        Command c = commands.get(a);
        if (c == null) throw new IllegalStateException("no command for " + a);
        return c;
    }
}
