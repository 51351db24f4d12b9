/** Demo data: a living neighbourhood seeded into an empty database so a newcomer's first start shows real screens. */
@org.springframework.modulith.ApplicationModule
package org.servicecentre.demo;
