package dev.oxidometer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Vaadin 25 loads no theme by default, so Lumo is loaded here; server push carries the
 * live progress of a rescan to the Scans view. The icons are static files ({@code META-INF/resources}), with
 * {@code /favicon.ico} for clients that ask for it without reading the page.
 */
@StyleSheet(Lumo.STYLESHEET)
@Push
@com.vaadin.flow.component.page.ColorScheme(com.vaadin.flow.component.page.ColorScheme.Value.SYSTEM)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/oxidometer.svg", "any");
        settings.addFavIcon("icon", "icons/oxidometer-32.png", "32x32");
        settings.addMetaTag("color-scheme", "light dark");
        // The OS preference decides (Lumo's colours are light-dark() of the page's color-scheme), unless the reader
        // chose with the toggle (MainLayout), which is applied here, before the first view is drawn.
        settings.addInlineWithContents(com.vaadin.flow.component.page.Inline.Position.PREPEND,
                "(function () { try { var t = localStorage.getItem('" + MainLayout.STORAGE_KEY + "');"
                        + " if (t === 'dark' || t === 'light') { document.documentElement.style.colorScheme = t;"
                        + " document.documentElement.setAttribute('theme', t); } } catch (e) { } })();",
                com.vaadin.flow.component.page.Inline.Wrapping.JAVASCRIPT);
    }
}
