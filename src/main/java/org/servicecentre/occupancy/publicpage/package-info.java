/** The public scoring pages (no sign-in): each centre's satisfaction index and volume of service, aggregates only. */
package org.servicecentre.occupancy.publicpage;
