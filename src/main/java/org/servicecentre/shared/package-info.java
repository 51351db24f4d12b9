/** Shared kernel: domain exceptions, time, translations and small UI and web building blocks every module uses. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.servicecentre.shared;
