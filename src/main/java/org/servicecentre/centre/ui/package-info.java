/** Screens of the centre network; {@link org.servicecentre.centre.ui.RegionPicker} is shared with other modules' forms. */
@org.springframework.modulith.NamedInterface("ui")
package org.servicecentre.centre.ui;
