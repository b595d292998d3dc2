/** Text and account limits shared by the API and the web. Numbers come from product.md. */
export const LIMITS = {
  passwordMinLength: 8,
  passwordMaxLength: 128,
  displayNameMinLength: 2,
  displayNameMaxLength: 40,
  emailMaxLength: 254,
  titleMinLength: 3,
  titleMaxLength: 150,
  proposalBodyMaxLength: 5000,
  commentMaxLength: 1000,
  pageSizeMax: 100,
} as const;
