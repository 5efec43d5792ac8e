package org.activemat.ui.suggest;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.activemat.engine.loop.NextBatch.Suggestion;
import org.activemat.ui.common.chart.ChartView;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The suggested batch: rank, structure, the model's prediction ± spread and why each was chosen, with Save. */
public final class SuggestionsView extends BorderPane {
    private final TableView<Suggestion> table = new TableView<>();

    private final ChartView map = new ChartView();

    /** map: the candidates on the loaded data's descriptor map, or null when there is none to draw on. */
    public SuggestionsView(String headline, List<Suggestion> suggestions, Suggestions.MapPoints points, Runnable save) {
        setId("suggestions-view");
        Label head = new Label(headline);
        head.setWrapText(true);
        head.setPadding(new Insets(10));
        table.setId("suggestions-table");
        table.getColumns().add(column("rank", s -> String.valueOf(s.rank())));
        table.getColumns().add(column("id", s -> s.candidate().id()));
        table.getColumns().add(column("formula", s -> s.candidate().formula()));
        table.getColumns().add(column("sites", s -> String.valueOf(s.candidate().sites())));
        table.getColumns().add(column("predicted ± std", s -> String.format(Locale.ROOT, "%.4f ± %.4f", s.predicted(), s.std())));
        TableColumn<Suggestion, String> why = column("why", s -> s.pick().explanation());
        why.setPrefWidth(520);
        table.getColumns().add(why);
        table.getItems().setAll(suggestions);
        Button saveButton = new Button("Save as extended XYZ…");
        saveButton.setId("save-suggestions");
        saveButton.setOnAction(e -> save.run());
        HBox bar = new HBox(8, saveButton);
        bar.setPadding(new Insets(8));
        setTop(head);
        if (points == null) setCenter(table);
        else {
            draw(points);
            SplitPane split = new SplitPane(table, map);
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.4);
            setCenter(split);
        }
        setBottom(bar);
    }

    private static final int LABELLED = 0xff1f5fa8, CANDIDATE = 0xffd0d0d0, SUGGESTED = 0xffd62728;

    /** Where the suggestions lie among the labelled data and the other candidates (PC1 × PC2 of the loaded data). */
    private void draw(Suggestions.MapPoints p) {
        map.setId("suggestions-map");
        map.setTitles("The suggestions on the loaded data's descriptor map", "PC1", "PC2");
        int n = p.labelled().length, m = p.candidates().length;
        double[] x = new double[n + m], y = new double[n + m];
        int[] c = new int[n + m];
        List<Integer> ringed = new java.util.ArrayList<>();
        for (int i = 0; i < n + m; i++) {
            double[] s = i < n ? p.labelled()[i] : p.candidates()[i - n];
            x[i] = s.length > 0 ? s[0] : 0;
            y[i] = s.length > 1 ? s[1] : 0;
            boolean picked = i >= n && p.suggested().contains(p.candidateIds().get(i - n));
            c[i] = i < n ? LABELLED : picked ? SUGGESTED : CANDIDATE;
            if (picked) ringed.add(i);
        }
        map.addPoints(new ChartView.Points("", x, y, c, 6, true));
        map.addPoints(new ChartView.Points("labelled (loaded data)", new double[0], new double[0], new int[]{LABELLED}, 6, false));
        map.addPoints(new ChartView.Points("candidates", new double[0], new double[0], new int[]{CANDIDATE}, 6, false));
        map.addPoints(new ChartView.Points("suggested", new double[0], new double[0], new int[]{SUGGESTED}, 6, false));
        map.setHighlighted(ringed.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The map, empty when there was none to draw on. */
    public ChartView map() { return map; }

    public TableView<Suggestion> table() { return table; }

    private static TableColumn<Suggestion, String> column(String title, Function<Suggestion, String> f) {
        TableColumn<Suggestion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }
}
