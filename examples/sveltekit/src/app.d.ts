declare global {
  namespace App {
    interface Locals {
      /** The visitor's region, from the `handle` hook. */
      consentRegion: string
    }
  }
}

export {}
