/** Organisations that run programmes in centres: NGOs, volunteer teams, Party branches, residents' committees, departments. */
@org.springframework.modulith.ApplicationModule
package org.servicecentre.organisation;
