package dev.oxidometer.ui.layout;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;

/**
 * Narrow screens (a phone's 390 px): a grid's secondary columns are hidden there, and what they held is shown in the
 * row's details, opened by a tap on the row, so that a table fits the width without hiding anything for good. The
 * width is the browser window's, read when the component is attached and followed on every resize.
 */
public final class NarrowScreen {

    /** Widths up to this many CSS pixels are narrow (the stylesheets' breakpoint too). */
    public static final int MAX_WIDTH = 600;

    /** The pages' stylesheet (static, not in the frontend bundle): short paths, labels, stacked layouts. */
    public static final String STYLESHEET = "context://styles/pages.css";

    private NarrowScreen() {
    }

    /** Calls {@code apply} with whether the window is narrow, on attach and whenever that changes, while attached. */
    public static void follow(Component component, Consumer<Boolean> apply) {
        Registration[] resize = new Registration[1];
        boolean[] last = new boolean[2];   // {known, narrow}
        Consumer<Integer> width = w -> {
            boolean narrow = w > 0 && w <= MAX_WIDTH;
            if (!last[0] || last[1] != narrow) {
                last[0] = true;
                last[1] = narrow;
                apply.accept(narrow);
            }
        };
        component.addAttachListener(e -> {
            UI ui = e.getUI();
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                width.accept(details.getWindowInnerWidth());
            } else {
                ui.getPage().retrieveExtendedClientDetails(d -> width.accept(d.getWindowInnerWidth()));
            }
            resize[0] = ui.getPage().addBrowserWindowResizeListener(r -> width.accept(r.getWidth()));
        });
        component.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
            last[0] = false;
        });
    }

    /**
     * Hides {@code secondary} on narrow screens; a tap on a row then shows {@code details} of it, one line per
     * entry (entries that are null or empty are left out).
     */
    public static <T> void secondaryColumns(Grid<T> grid, Function<T, List<String>> details,
                                            List<Grid.Column<T>> secondary) {
        grid.setItemDetailsRenderer(new ComponentRenderer<>(item -> {
            Div box = new Div();
            box.addClassName("oxido-row-details");
            for (String line : details.apply(item)) {
                if (line != null && !line.isBlank()) {
                    box.add(new Div(line));
                }
            }
            return box;
        }));
        grid.setDetailsVisibleOnClick(false);
        follow(grid, narrow -> {
            secondary.forEach(c -> c.setVisible(!narrow));
            grid.setDetailsVisibleOnClick(narrow);
            if (!narrow) {
                grid.getListDataView().getItems().forEach(item -> grid.setDetailsVisible(item, false));
            }
            grid.getElement().setAttribute("data-narrow", narrow ? "true" : "false");
        });
    }
}
