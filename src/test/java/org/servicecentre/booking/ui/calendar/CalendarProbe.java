package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.stream.Stream;

/** Looks into a rendered calendar the way a browser would see it, and clicks like one. */
final class CalendarProbe {

    private CalendarProbe() {
    }

    static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    static List<Component> withClass(Component root, String className) {
        return descendants(root).filter(c -> c.getElement().getClassList().contains(className)).toList();
    }

    static List<String> textsOf(Component root, String className) {
        return withClass(root, className).stream().map(c -> c instanceof Span span ? span.getText()
                : c.getElement().getTextRecursively()).toList();
    }

    static String style(Component component, String property) {
        return component.getElement().getStyle().get(property);
    }

    static void click(Component component) {
        var element = component.getElement();
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "click", JacksonUtils.createObjectNode()));
    }
}
