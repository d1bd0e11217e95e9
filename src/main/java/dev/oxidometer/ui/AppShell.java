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
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/oxidometer.svg", "any");
        settings.addFavIcon("icon", "icons/oxidometer-32.png", "32x32");
        settings.addMetaTag("color-scheme", "light dark");
    }
}
