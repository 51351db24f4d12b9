/** The centre network: regions (city > district > street > shequ) and the Party Mass Service Centres in them. */
@org.springframework.modulith.ApplicationModule
package org.servicecentre.centre;
