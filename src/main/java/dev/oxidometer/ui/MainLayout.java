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

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of every view: navigation, light/dark switch, and login/logout for editors. Open to everyone, as
 * Vaadin denies a view whose layout is more restricted than the view itself.
 */
@AnonymousAllowed
@CssImport("./styles/oxidometer.css")
public class MainLayout extends AppLayout {

    private static final String DARK = "oxidometer.dark";

    private final Editors editors;
    private final Button themeToggle = new Button();

    public MainLayout(Editors editors) {
        this.editors = editors;
        RouterLink title = new RouterLink("oxidometer", AdoptionView.class);
        title.addClassName("oxido-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("color", "var(--lumo-header-text-color)").set("text-decoration", "none");

        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.addClickListener(e -> setDark(!isDark()));
        themeToggle.setId("theme-toggle");

        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        addToNavbar(new DrawerToggle(), title, spacer, themeToggle, account());

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Adoption", AdoptionView.class, VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem("Drivers", DriversView.class, VaadinIcon.COG.create()));
        nav.addItem(new SideNavItem("Abstractions", AbstractionsView.class, VaadinIcon.CUBES.create()));
        nav.addItem(new SideNavItem("Articles", dev.oxidometer.ui.news.ArticlesView.class, VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem("How we count", RulesView.class, VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Scans", ScansView.class, VaadinIcon.REFRESH.create()));
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        applyTheme(event.getUI(), isDark());
    }

    private boolean isDark() {
        return Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(DARK));
    }

    private void setDark(boolean dark) {
        VaadinSession.getCurrent().setAttribute(DARK, dark);
        applyTheme(UI.getCurrent(), dark);
    }

    private void applyTheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        themeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        themeToggle.setAriaLabel(dark ? "Switch to the light theme" : "Switch to the dark theme");
        themeToggle.setTooltipText(dark ? "Light theme" : "Dark theme");
    }

}
