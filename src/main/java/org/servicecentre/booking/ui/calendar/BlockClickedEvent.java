package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** The user clicked (or pressed Enter on) a block. */
public class BlockClickedEvent extends ComponentEvent<Component> {

    private final String blockId;

    public BlockClickedEvent(Component source, boolean fromClient, String blockId) {
        super(source, fromClient);
        this.blockId = blockId;
    }

    /** The {@link CalendarBlock#id()} of the block. */
    public String getBlockId() {
        return blockId;
    }
}
