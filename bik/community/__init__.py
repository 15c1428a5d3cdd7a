"""The BIK Community: the private space of Safer Internet Centre staff. This package holds membership (requests,
approvals, invitations, revocation), the access rule every community view goes through, the members directory
and private files; the forums, blogs, meetings and the resource competition are apps inside it."""
