package dev.oxidometer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import dev.oxidometer.system.Editors;

/**
 * The frame of every view: navigation, light/dark switch, and login/logout for editors. Open to everyone, as
 * Vaadin denies a view whose layout is more restricted than the view itself. It is the automatic layout of every
 * route ({@code @Layout}); the side navigation lists the views that carry {@code @Menu}, so neither names the other.
 */
@Layout
@AnonymousAllowed
@CssImport("./styles/oxidometer.css")
public class MainLayout extends AppLayout {

    /** The reader's own choice, kept in the browser's localStorage: "dark" or "light"; absent, the OS decides. */
    static final String STORAGE_KEY = "oxidometer.theme";

    private final Editors editors;
    private final Button themeToggle = new Button();

    public MainLayout(Editors editors) {
        this.editors = editors;
        RouterLink title = new RouterLink("oxidometer", AdoptionView.class);
        title.addClassName("oxido-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("color", "var(--lumo-header-text-color)").set("text-decoration", "none");

        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.addClickListener(e -> setDark(!dark));
        themeToggle.setId("theme-toggle");

        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        addToNavbar(new DrawerToggle(), title, spacer, themeToggle, account());

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private com.vaadin.flow.component.Component account() {
        if (editors.isEditor()) {
            Button logout = new Button("Log out " + editors.userName(), e -> editors.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            return logout;
        }
        Anchor login = new Anchor("login", "Log in");
        login.setId("login-link");
        login.getStyle().set("margin", "0 var(--lumo-space-m)");
        return login;
    }

    /** Whether the page is dark now, as the browser reported it (the reader's choice, else the OS preference). */
    private boolean dark;

    /**
     * The page's scheme is the browser's: the OS preference ({@code color-scheme: light dark}, AppShell), or the
     * reader's stored choice, applied by AppShell's inline script before anything is drawn. Only the toggle's
     * icon needs to know which it is; nothing is forced here, so no chart is drawn a second time in other colours.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        showToggle(false);
        // dark when Lumo's background colour is dark, however the page got its scheme
        event.getUI().getPage().executeJs("const p = document.createElement('div');"
                + " p.style.color = 'var(--lumo-base-color)'; document.body.appendChild(p);"
                + " const m = /(\\d+)\\D+(\\d+)\\D+(\\d+)/.exec(getComputedStyle(p).color); p.remove();"
                + " return !!m && (+m[1] + +m[2] + +m[3]) / 3 < 128;")
                .then(Boolean.class, this::showToggle);
    }

    /** The toggle: this page and the reader's later visits (localStorage) in the other scheme. */
    private void setDark(boolean next) {
        UI ui = UI.getCurrent();
        ui.getPage().setColorScheme(next ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        ui.getPage().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", STORAGE_KEY,
                next ? "dark" : "light");
        showToggle(next);
    }

    private void showToggle(boolean dark) {
        this.dark = dark;
        themeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        themeToggle.setAriaLabel(dark ? "Switch to the light theme" : "Switch to the dark theme");
        themeToggle.setTooltipText(dark ? "Light theme" : "Dark theme");
    }

}
